package vn.gov.scorecard.ingest.rows;

import java.io.IOException;
import vn.gov.scorecard.ingest.Problem;
import vn.gov.scorecard.ingest.files.RecordSource;

/**
 * Reads a file's records through the contract's parser, the same for a run and for a
 * check: rows of empty cells are counted apart as blank, every other record is read and
 * handed on either as parsed values or as a reject with its key cells as far as they
 * could be read.
 */
public final class CheckedRows {

	/** What becomes of each record. */
	public interface Handler {

		/**
		 * The record's values, in the kind's column order; the array is reused for the
		 * next record.
		 */
		void accepted(Object[] values, long line) throws IOException;

		void rejected(Problem problem, long line, String unitCode, String recordId) throws IOException;

	}

	/** Rows read (records) and rows of empty cells. */
	public record Counts(long read, long blank) {
	}

	private CheckedRows() {
	}

	public static Counts read(RecordSource source, RowParser parser, KeyCells keys, Progress progress, Handler handler)
			throws IOException {
		long[] counts = new long[2];
		Object[] values = new Object[parser.columnCount()];
		source.forEach((cells, line) -> {
			if (RowParser.isBlank(cells)) {
				counts[1]++;
				return;
			}
			counts[0]++;
			progress.step();
			Problem problem = parser.parse(cells, values);
			if (problem == null) {
				handler.accepted(values, line);
			}
			else {
				handler.rejected(problem, line, keys.unitCode(cells), keys.recordId(cells));
			}
		});
		return new Counts(counts[0], counts[1]);
	}

}
