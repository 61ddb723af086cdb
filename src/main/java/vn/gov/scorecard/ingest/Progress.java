package vn.gov.scorecard.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how far a long loop has got and how fast, at most every few seconds. */
final class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);
	private static final long EVERY_NANOS = 5_000_000_000L;

	private final String what;
	private final long start = System.nanoTime();
	private long lastLog = start;
	private long done;

	Progress(String what) {
		this.what = what;
	}

	void step() {
		done++;
		if ((done & 0x3fff) == 0) {
			long now = System.nanoTime();
			if (now - lastLog >= EVERY_NANOS) {
				lastLog = now;
				log.info("{}: {} rows read, {} rows/s", what, done, ratePerSecond(now));
			}
		}
	}

	long ratePerSecond(long now) {
		double seconds = Math.max(1e-9, (now - start) / 1e9);
		return Math.round(done / seconds);
	}

	void finish(long loaded, long rejected) {
		log.info("{}: {} rows read, {} loaded, {} rejected ({} rows/s)", what, done, loaded, rejected,
				ratePerSecond(System.nanoTime()));
	}
}
