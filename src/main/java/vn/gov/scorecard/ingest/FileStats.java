package vn.gov.scorecard.ingest;

/**
 * What a run did with one input file; {@code read = loaded + rejected} always. Rows with no value
 * in any cell are not records: they are counted apart as {@code blank}.
 *
 * @param readInRun the run that read the file's bytes: this run, or an earlier one whose reading
 *                  of the same bytes could not come out differently (see {@code PreviousLoads})
 */
public record FileStats(String name, String sha256, long read, long loaded, long rejected, long blank, String warnings,
		long readInRun) {

	public FileStats {
		if (read != loaded + rejected) {
			throw new IllegalStateException(name + ": read " + read + " != loaded " + loaded + " + rejected " + rejected);
		}
	}
}
