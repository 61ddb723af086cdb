package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report step's compiler directive is in force while it is open, and gone after. */
class QuickCompilerTest {

	@Test
	void theOptimisingCompilerIsExcludedForEveryMethodWhileOpenAndTheJvmsDefaultsComeBackOnClose() throws Exception {
		String before = QuickCompiler.diagnosticCommand("compilerDirectivesPrint");
		try (QuickCompiler quick = QuickCompiler.open(true)) {
			String during = QuickCompiler.diagnosticCommand("compilerDirectivesPrint");
			// printed as matched, ours before the JVM's default: every method, C1 enabled, C2 excluded
			int ours = during.indexOf("matching: *.*");
			int defaults = during.indexOf("Directive: (default)");
			assertThat(ours).isNotNegative().isLessThan(defaults);
			assertThat(during.substring(ours, defaults)).containsSubsequence("c1 directives:", "Exclude:false",
					"c2 directives:", "Exclude:true");
		}
		assertThat(QuickCompiler.diagnosticCommand("compilerDirectivesPrint")).isEqualTo(before);
	}

	@Test
	void switchedOffItLeavesTheDirectivesAlone() throws Exception {
		String before = QuickCompiler.diagnosticCommand("compilerDirectivesPrint");
		try (QuickCompiler quick = QuickCompiler.open(false)) {
			assertThat(QuickCompiler.diagnosticCommand("compilerDirectivesPrint")).isEqualTo(before);
		}
		assertThat(QuickCompiler.diagnosticCommand("compilerDirectivesPrint")).isEqualTo(before);
	}
}
