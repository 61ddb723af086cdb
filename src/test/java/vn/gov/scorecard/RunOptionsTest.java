package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.job.RunProperties;

/**
 * A run option is declared twice, as a picocli option (its help) and as a component of
 * {@link RunProperties} (its binding from properties and the environment), and checked
 * once, by {@link RunOptions} ({@code PeriodRulesTest} holds that a property is checked
 * as its option is): issue 25, point 7.
 */
class RunOptionsTest {

	@Test
	void everyRunPropertyIsAnOptionOfTheCommandLineUnderTheSameName() {
		CommandLine.Model.CommandSpec command = new CommandLine(new ScorecardCommand()).getCommandSpec();
		assertThat(RunProperties.names()).containsExactly("input", "output", "period", "as-of", "provisional",
				"accept-province-change", "accept-unit-changes");
		assertThat(RunProperties.names()).allSatisfy(name -> assertThat(command.findOption("--" + name)).isNotNull());
	}

}
