package vn.gov.scorecard.ingest.load;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows written into a {@code COPY … FROM STDIN} in PostgreSQL's text format: a tab
 * between fields, {@code \N} for null, and a backslash before the few characters the
 * format reserves. Writing them ourselves costs a third of what a general CSV printer
 * did, and the rows are many.
 */
final class CopyRows implements Closeable {

	private final Writer out;

	private boolean first = true;

	/**
	 * @param copy a {@code COPY table (columns) FROM STDIN} statement, in text format
	 */
	CopyRows(PGConnection connection, String copy) throws SQLException {
		this.out = new BufferedWriter(
				new OutputStreamWriter(new PGCopyOutputStream(connection, copy, 1 << 16), StandardCharsets.UTF_8),
				1 << 16);
	}

	/**
	 * Appends a field to the current row: a string, a number, a date, a boolean, a list
	 * of codes, or null.
	 */
	void field(Object value) throws IOException {
		if (!first) {
			out.write('\t');
		}
		first = false;
		if (value == null) {
			out.write("\\N");
		}
		else if (value instanceof String text) {
			escaped(text);
		}
		else if (value instanceof BigDecimal decimal) {
			out.write(decimal.toPlainString());
		}
		else if (value instanceof List<?> codes) {
			// unit codes: letters, digits and . _ - only; quoted all the same, so that no
			// code is ever read
			// as the array literal's NULL
			out.write('{');
			for (int i = 0; i < codes.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write('"');
				out.write(codes.get(i).toString());
				out.write('"');
			}
			out.write('}');
		}
		else {
			out.write(value.toString());
		}
	}

	void endRow() throws IOException {
		out.write('\n');
		first = true;
	}

	private void escaped(String text) throws IOException {
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = switch (c) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (escape != null) {
				out.write(text, from, i - from);
				out.write(escape);
				from = i + 1;
			}
		}
		out.write(text, from, text.length() - from);
	}

	/** Ends the COPY: the rows are in the table once this returns. */
	@Override
	public void close() throws IOException {
		out.close();
	}

}
