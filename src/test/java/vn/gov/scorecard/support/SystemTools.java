package vn.gov.scorecard.support;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine beyond the JDK (a mount, strace, LibreOffice): a
 * test without it is skipped, saying why, except in CI
 * ({@code SCORECARD_REQUIRE_SYSTEM_TOOLS}, set by {@code .ci/run}, which installs them),
 * where it fails.
 */
public final class SystemTools {

	private SystemTools() {
	}

	public static void require(boolean available, String why) {
		if (!available && "true".equals(System.getenv("SCORECARD_REQUIRE_SYSTEM_TOOLS"))) {
			throw new AssertionError(why.replaceFirst("^skipped: ", ""));
		}
		Assumptions.assumeTrue(available, why);
	}

}
