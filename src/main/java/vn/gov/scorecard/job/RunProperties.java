package vn.gov.scorecard.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a run is for, as the command line hands it over (or as properties and environment
 * variables give it: {@code SCORECARD_INPUT}, …). Checked by {@link RunOptions}.
 *
 * @param input the folder of input files
 * @param output the folder under which each period's folder is written
 * @param period the period: {@code 2026-09}, {@code 2026-Q3}, {@code 2026-H1} or
 * {@code 2026}
 * @param asOf the date the data is taken as of, {@code yyyy-MM-dd} (default: today in
 * Asia/Ho_Chi_Minh)
 * @param provisional score a period that has not ended yet, up to the as-of date
 * @param acceptProvinceChange the configured province replaces the one the database holds
 * (a merger of provinces)
 * @param acceptUnitChanges load a units delivery that renames or adds so many units that
 * it looks like another province's
 */
@ConfigurationProperties("scorecard")
public record RunProperties(String input, String output, String period, String asOf, boolean provisional,
		boolean acceptProvinceChange, boolean acceptUnitChanges) {

	/**
	 * The options' names, as the command line ({@code --as-of}) and the properties
	 * ({@code scorecard.as-of}) both spell them: the command line hands each over under
	 * this name, so a run option is declared here and as a picocli option, and nowhere
	 * else.
	 */
	public static List<String> names() {
		return Arrays.stream(RunProperties.class.getRecordComponents())
			.map(component -> component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
			.toList();
	}

}
