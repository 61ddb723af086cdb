package vn.gov.scorecard.output;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a crash test stop the process at a named point that no database lock can catch (between
 * the renames of the swap, between writing the CSVs and run.json) and kill it there with SIGKILL.
 * Inert unless the JVM is started with {@code -Dscorecard.test.pause-at=<point>}.
 */
public final class CrashTestHook {

	private static final Logger log = LoggerFactory.getLogger(CrashTestHook.class);
	private static final String POINT = System.getProperty("scorecard.test.pause-at");

	private CrashTestHook() {
	}

	public static void pause(String point) {
		if (point.equals(POINT)) {
			log.warn("paused at {} for a crash test", point);
			try {
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** A crash test of the fallback for file systems that cannot exchange folders. */
	static boolean exchangeDisabled() {
		return Boolean.getBoolean("scorecard.test.no-exchange");
	}
}
