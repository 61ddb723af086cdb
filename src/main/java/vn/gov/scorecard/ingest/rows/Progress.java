package vn.gov.scorecard.ingest.rows;

import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far the loading of a file has got, how fast and when it should end, at most
 * every few seconds. The ETA takes characters read for bytes, close enough for CSV that
 * is mostly ASCII.
 */
public final class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private static final long EVERY_NANOS = 5_000_000_000L;

	private final String what;

	private final long size;

	private final LongSupplier position;

	private final long start = System.nanoTime();

	private long lastLog = start;

	private long done;

	public Progress(String what, long size, LongSupplier position) {
		this.what = what;
		this.size = size;
		this.position = position;
	}

	void step() {
		done++;
		if ((done & 0x3fff) == 0) {
			long now = System.nanoTime();
			if (now - lastLog >= EVERY_NANOS) {
				lastLog = now;
				double seconds = (now - start) / 1e9;
				long at = Math.max(1, position.getAsLong());
				long eta = Math.round(Math.max(0, size - at) * seconds / at);
				log.info("{}: {} rows read, {} rows/s, about {} s to go", what, done, ratePerSecond(now), eta);
			}
		}
	}

	long ratePerSecond(long now) {
		double seconds = Math.max(1e-9, (now - start) / 1e9);
		return Math.round(done / seconds);
	}

	public void finish(long loaded, long rejected, long blank) {
		log.info("{}: {} rows read, {} loaded, {} rejected, {} blank ({} rows/s)", what, done, loaded, rejected, blank,
				ratePerSecond(System.nanoTime()));
	}

}
