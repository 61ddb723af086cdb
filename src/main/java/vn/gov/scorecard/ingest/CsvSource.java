package vn.gov.scorecard.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one input file, each with the physical line it begins on (the header is line 1).
 * Columns are matched to the contract by header name: case-insensitive, surrounding spaces
 * ignored, any order. Blank lines before the header are skipped.
 */
final class CsvSource implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final ScannedFile file;
	private final LineTrackingReader reader;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final int headerSize;
	private final int[] sourceIndex;
	private final List<String> unknownColumns = new ArrayList<>();
	private long line;

	private CsvSource(ScannedFile file) throws IOException {
		this.file = file;
		InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16);
		skipBom(in);
		this.reader = new LineTrackingReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		this.records = parser.iterator();
		CSVRecord header = nextRecord(true);
		if (header == null) {
			throw problem("has no header row");
		}
		this.headerSize = header.size();
		this.sourceIndex = matchColumns(header);
	}

	static CsvSource open(ScannedFile file) {
		try {
			return new CsvSource(file);
		}
		catch (IOException | UncheckedIOException e) {
			throw new InputProblemException(file.fileName() + ": cannot be read: " + e.getMessage());
		}
	}

	/** The next record, blank ones included (the caller counts them), or {@code null} at the end of the file. */
	CSVRecord next() {
		return nextRecord(false);
	}

	/** The physical line on which the record last returned by {@link #next()} begins. */
	long line() {
		return line;
	}

	/** How far into the file reading has got, in characters (about bytes, for the ETA). */
	long position() {
		return reader.position();
	}

	int headerSize() {
		return headerSize;
	}

	int[] sourceIndex() {
		return sourceIndex;
	}

	List<String> unknownColumns() {
		return unknownColumns;
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private CSVRecord nextRecord(boolean skipEmptyLines) {
		try {
			while (records.hasNext()) {
				CSVRecord record = records.next();
				line = reader.lineOf(record.getCharacterPosition());
				if (skipEmptyLines && record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				return record;
			}
			return null;
		}
		catch (UncheckedIOException e) {
			// Commons CSV cannot go on after a broken quote: the file, not a row, is unusable
			throw problem("malformed CSV from line " + (line + 1) + ": " + e.getCause().getMessage()
					+ " (a quoted cell is not closed, or text follows its closing quote)");
		}
	}

	private int[] matchColumns(CSVRecord header) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			// a BOM inside the header (a file saved twice with one) is no part of a column's name
			String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			if (positions.put(name, i) != null) {
				throw problem("column '" + name + "' appears twice in the header");
			}
		}
		List<Column> columns = file.definition().columns();
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
			throw problem("lacks the required column(s) " + String.join(", ", missing) + " (header has: " + shown(header.toList()) + ")");
		}
		positions.keySet().stream().sorted().forEach(unknownColumns::add);
		return index;
	}

	/** A header as a one-line message can show it: at most 10 names of at most 40 characters. */
	private static String shown(List<String> names) {
		String listed = names.stream().limit(10).map(n -> n.length() > 40 ? n.substring(0, 40) + "…" : n)
				.collect(Collectors.joining(", "));
		return names.size() > 10 ? listed + " and " + (names.size() - 10) + " more" : listed;
	}

	private InputProblemException problem(String what) {
		close();
		return new InputProblemException(file.fileName() + ": " + what);
	}

	private static void skipBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] first = in.readNBytes(3);
		if (!Arrays.equals(first, new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf })) {
			in.reset();
		}
	}
}
