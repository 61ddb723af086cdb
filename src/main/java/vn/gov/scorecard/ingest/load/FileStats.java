package vn.gov.scorecard.ingest.load;

/**
 * What a run did with one input file; {@code read = loaded + rejected} always. Rows with
 * no value in any cell are not records: they are counted apart as {@code blank}.
 *
 * @param withdrawn what the file's path delivered before and no longer holds, taken out
 * by this run (SPEC §2 v3)
 * @param readInRun the run that read the file's bytes: this run, or an earlier one whose
 * reading of the same bytes could not come out differently (see {@code PreviousLoads})
 */
public record FileStats(String name, String sha256, long read, long loaded, long rejected, long blank, long withdrawn,
		String warnings, long readInRun) {

	public FileStats {
		if (read != loaded + rejected) {
			throw new IllegalStateException(
					name + ": read " + read + " != loaded " + loaded + " + rejected " + rejected);
		}
	}
}
