package vn.gov.scorecard.ingest.files;

import java.io.IOException;

/**
 * The records of one input file, CSV or Excel, each with the line it begins on: the
 * physical line of a CSV file (the header being line 1), the row number of a sheet.
 */
public interface RecordSource extends AutoCloseable {

	/** Receives one record: its cells in the file's column order, and its line. */
	@FunctionalInterface
	interface RecordConsumer {

		void accept(String[] cells, long line) throws IOException;

	}

	/**
	 * Opens the file and reads its header; an unusable file fails with a message naming
	 * it.
	 */
	static RecordSource open(ScannedFile file) {
		return file.excel() ? XlsxSource.open(file) : CsvSource.open(file);
	}

	Header header();

	/**
	 * Hands every record after the header to the consumer, in file order, rows of empty
	 * cells included.
	 */
	void forEach(RecordConsumer consumer) throws IOException;

	/**
	 * How much of the file there is to read, and how far reading has got, in the same
	 * unit (for the ETA).
	 */
	long size();

	long position();

	@Override
	void close();

}
