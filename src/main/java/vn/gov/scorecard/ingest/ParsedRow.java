package vn.gov.scorecard.ingest;

import java.util.Map;

/**
 * One row's values after parsing, by column name; empty cells are {@code null} or the
 * column's default.
 */
public final class ParsedRow {

	private final Map<String, Integer> indexByName;

	private final String[] raw;

	private final Object[] values;

	public ParsedRow(Map<String, Integer> indexByName, String[] raw, Object[] values) {
		this.indexByName = indexByName;
		this.raw = raw;
		this.values = values;
	}

	public Object get(String column) {
		return values[indexByName.get(column)];
	}

	public String raw(String column) {
		String value = raw[indexByName.get(column)];
		return value == null ? "" : value;
	}

}
