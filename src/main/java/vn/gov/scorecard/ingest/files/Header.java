package vn.gov.scorecard.ingest.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.scorecard.ingest.Column;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;

/**
 * An input file's header row matched to its kind's columns: by name, case-insensitive,
 * surrounding spaces ignored, in any order (SPEC §2).
 *
 * @param size the number of cells of the header row; a CSV record with another number is
 * rejected
 * @param sourceIndex for each of the kind's columns, its position in the file's records,
 * or -1 when the file has no such (optional) column
 * @param unknownColumns the names of the header's other columns, ignored with a warning
 */
public record Header(int size, int[] sourceIndex, List<String> unknownColumns) {

	/**
	 * Matches the header's names; a duplicate name or a missing required column makes the
	 * file unusable.
	 */
	static Header match(String fileName, InputKind kind, List<String> names) {
		Map<String, Integer> positions = new HashMap<>();
		List<String> unnamed = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			// a BOM inside the header (a file saved twice with one) is no part of a
			// column's name
			String name = names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				unnamed.add("(cột " + (i + 1) + " không có tên)");
			}
			else if (positions.put(name, i) != null) {
				throw new InputProblemException(fileName + ": column '" + name + "' appears twice in the header");
			}
		}
		List<Column> columns = kind.columns();
		int[] index = new int[columns.size()];
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Integer position = positions.remove(columns.get(i).name());
			index[i] = position == null ? -1 : position;
			if (position == null && columns.get(i).required()) {
				missing.add(columns.get(i).name());
			}
		}
		if (!missing.isEmpty()) {
			throw new InputProblemException(fileName + ": lacks the required column(s) " + String.join(", ", missing)
					+ " (header has: " + shown(names) + ")");
		}
		List<String> unknown = new ArrayList<>(positions.keySet().stream().sorted().toList());
		unknown.addAll(unnamed);
		return new Header(names.size(), index, List.copyOf(unknown));
	}

	/**
	 * The kind's columns this header does not have (only optional ones can be absent).
	 */
	public List<String> absentColumns(InputKind kind) {
		List<String> absent = new ArrayList<>();
		for (int i = 0; i < sourceIndex.length; i++) {
			if (sourceIndex[i] < 0) {
				absent.add(kind.columns().get(i).name());
			}
		}
		return absent;
	}

	/**
	 * A header as a one-line message can show it: at most 10 names of at most 40
	 * characters.
	 */
	private static String shown(List<String> names) {
		String listed = names.stream()
			.limit(10)
			.map(n -> n.length() > 40 ? n.substring(0, 40) + "…" : n)
			.collect(Collectors.joining(", "));
		return names.size() > 10 ? listed + " and " + (names.size() - 10) + " more" : listed;
	}
}
