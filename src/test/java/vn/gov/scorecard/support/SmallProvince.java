package vn.gov.scorecard.support;

import java.nio.file.Path;

import vn.gov.scorecard.sample.SampleData;

/**
 * The sample province cut to its 17 departments (23 before March 2025) and 10 communes:
 * for tests of operations, where a run should take seconds.
 */
public final class SmallProvince {

	private static final SampleData.Size SIZE = new SampleData.Size(1, 10, 3, 14, 20, 3);

	private SmallProvince() {
	}

	public static Path write(Path directory, long seed) {
		SampleData.write(directory, seed, SIZE);
		return directory;
	}

}
