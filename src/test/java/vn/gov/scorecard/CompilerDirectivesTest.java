package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compiler directives parse, and HotSpot takes them in the order the file gives. */
class CompilerDirectivesTest {

	@Test
	void hotSpotTakesTheDirectivesInTheirOrderWithTheOptimisingCompilerKeptForTheCodeThatWorksThroughRows()
			throws Exception {
		assertThat(CompilerDirectives.add()).isNull();
		try {
			// printed as matched: ours in the file's order, then the JVM's default
			String installed = CompilerDirectives.diagnosticCommand("compilerDirectivesPrint");
			int loaders = installed.indexOf("jdk/internal/loader/*.*");
			int rows = installed.indexOf("org/postgresql/*.*");
			int everythingElse = installed.indexOf("matching: *.*");
			assertThat(loaders).isNotNegative();
			assertThat(rows).isGreaterThan(loaders);
			assertThat(everythingElse).isGreaterThan(rows);
			assertThat(installed.substring(loaders, rows)).containsSubsequence("c2 directives:", "Exclude:true");
			assertThat(installed.substring(rows, everythingElse)).doesNotContain("Exclude:true");
			assertThat(installed.substring(everythingElse)).containsSubsequence("c2 directives:", "Exclude:true");
		}
		finally {
			for (int i = 0; i < 3; i++) {
				CompilerDirectives.diagnosticCommand("compilerDirectivesRemove");
			}
		}
	}
}
