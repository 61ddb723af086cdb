package vn.gov.scorecard.bench;

import java.nio.file.Path;

import vn.gov.scorecard.sample.SampleData;

/**
 * The benchmark's national data set (bench/run.sh), outside the product: the whole
 * country at scale 1, 34 provinces of 20 departments and 98 communes (about 4,000 units,
 * 10 million work items, 2 million documents, 300,000 meetings, 1 million tasks over two
 * years); a smaller scale keeps whole provinces, at least one. Seeded: the same scale
 * writes the same files.
 * {@code java -cp target/scorecard.jar:target/test-classes vn.gov.scorecard.bench.NationalDataSet DIR [SCALE]}
 */
public final class NationalDataSet {

	private NationalDataSet() {
	}

	public static void main(String[] args) {
		Path directory = Path.of(args[0]);
		double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
		if (!(scale >= 0.01 && scale <= 1)) {
			throw new IllegalArgumentException("the scale is a share of the country, 0.01 to 1, not " + args[1]);
		}
		SampleData.Size size = new SampleData.Size(Math.max(1, (int) Math.round(34 * scale)), 98, 3, 21, 104, 10);
		SampleData.write(directory, 2026, size);
		System.out.println(size.provinces() + " provinces written to " + directory.toAbsolutePath());
	}

}
