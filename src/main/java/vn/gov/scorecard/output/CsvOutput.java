package vn.gov.scorecard.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an output CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese), CRLF
 * line ends, and text cells that a spreadsheet would run as a formula neutralised with a
 * leading apostrophe.
 */
public final class CsvOutput implements AutoCloseable {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private final boolean[] text;

	/**
	 * @param textColumns the columns whose cells are text (numbers such as -0.0500 are
	 * left as they are)
	 */
	public CsvOutput(Path file, List<String> header, Set<String> textColumns) {
		this.text = new boolean[header.size()];
		for (int i = 0; i < header.size(); i++) {
			text[i] = textColumns.contains(header.get(i));
		}
		try {
			Files.createDirectories(file.getParent());
			BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			this.printer = new CSVPrinter(writer,
					CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	public void row(Object... cells) {
		try {
			for (int i = 0; i < cells.length; i++) {
				Object cell = cells[i];
				printer.print(text[i] && cell != null ? neutralised(cell.toString()) : cell);
			}
			printer.println();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String neutralised(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	/** Flushes and closes the file; a failure here fails the step that wrote it. */
	@Override
	public void close() throws IOException {
		printer.close();
	}

}
