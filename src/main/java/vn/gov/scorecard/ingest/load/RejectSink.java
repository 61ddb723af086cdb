package vn.gov.scorecard.ingest.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.copy.CopyManager;
import vn.gov.scorecard.ingest.Problem;

/**
 * Collects the rejected rows of one kind's files in a temporary file rather than in
 * memory (a bad national file may reject hundreds of thousands of rows), then copies them
 * into {@code run_reject}. The database cannot take them while a file's valid rows are
 * being copied on the same connection.
 */
final class RejectSink implements AutoCloseable {

	private final long runId;

	private final Path file;

	private final CSVPrinter printer;

	RejectSink(long runId) {
		this.runId = runId;
		try {
			this.file = Files.createTempFile("scorecard-rejects-", ".csv");
			BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			this.printer = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Records a rejected row, with its unit code and identifier as far as they could be
	 * read (else null).
	 */
	void reject(String fileName, long line, Problem problem, String unitCode, String recordId) {
		try {
			printer.printRecord(runId, fileName, line, problem.column(), problem.value(), problem.reason(), unitCode,
					recordId);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Copies the rejects into {@code run_reject}; the sink is then done. */
	void copyTo(CopyManager copy) throws SQLException {
		try {
			printer.close();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				copy.copyIn(
						"COPY run_reject (run_id, file_name, line, column_name, value, reason, unit_code, record_id)"
								+ " FROM STDIN (FORMAT csv)",
						reader);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			printer.close();
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
