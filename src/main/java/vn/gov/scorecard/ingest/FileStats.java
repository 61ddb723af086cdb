package vn.gov.scorecard.ingest;

/** What a run did with one input file; {@code read = loaded + rejected} always. */
public record FileStats(String name, String sha256, long read, long loaded, long rejected, String warnings) {

	public FileStats {
		if (read != loaded + rejected) {
			throw new IllegalStateException(name + ": read " + read + " != loaded " + loaded + " + rejected " + rejected);
		}
	}
}
