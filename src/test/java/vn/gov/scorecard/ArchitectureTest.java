package vn.gov.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The packages are features, layered (issue 25, point 4): the command line and the
 * application on top; the modes it opens (the schedule, the check, the job); the features
 * the job runs (ingest, indicators, scoring, trend, reporting, output); and the base they
 * share (period, rules, province, database, sample). A layer uses only those below it,
 * and no two packages use each other.
 */
@AnalyzeClasses(packages = "vn.gov.scorecard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * One way to read and store (issue 25, point 6): what a run stored is read and
	 * written through a repository, a component that holds its template, never by a
	 * static method handed one. Only a load's own objects, which live for one load on its
	 * connection, are made from the template they are given.
	 */
	@ArchTest
	static final ArchRule repositories = noMethods().that()
		.areStatic()
		.and()
		.areDeclaredInClassesThat()
		.resideOutsideOfPackage("vn.gov.scorecard.ingest.load..")
		.should()
		.haveRawParameterTypes(DescribedPredicate.describe("a JDBC template among them",
				types -> types.stream()
					.anyMatch(type -> type.isAssignableTo(JdbcTemplate.class)
							|| type.isAssignableTo(NamedParameterJdbcTemplate.class))))
		.because("a repository (a @Component holding its template) reads and stores what a run keeps");

	@ArchTest
	static final ArchRule noCycles = slices().matching("vn.gov.scorecard.(*)..").should().beFreeOfCycles();

	/**
	 * Within ingest: the data contract at its root; reading files and sheets
	 * ({@code files}, with the clerks' {@code templates} it recognises), checking rows
	 * ({@code rows}), loading into PostgreSQL ({@code load}), each using only those
	 * before it.
	 */
	@ArchTest
	static final ArchRule ingest = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Contract")
		.definedBy("vn.gov.scorecard.ingest")
		.layer("Templates")
		.definedBy("vn.gov.scorecard.ingest.templates..")
		.layer("Files")
		.definedBy("vn.gov.scorecard.ingest.files..")
		.layer("Rows")
		.definedBy("vn.gov.scorecard.ingest.rows..")
		.layer("Load")
		.definedBy("vn.gov.scorecard.ingest.load..")
		.whereLayer("Load")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Rows")
		.mayOnlyBeAccessedByLayers("Load")
		.whereLayer("Files")
		.mayOnlyBeAccessedByLayers("Rows", "Load")
		.whereLayer("Templates")
		.mayOnlyBeAccessedByLayers("Files", "Rows", "Load")
		.whereLayer("Contract")
		.mayOnlyBeAccessedByLayers("Templates", "Files", "Rows", "Load");

	@ArchTest
	static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("Application")
		.definedBy("vn.gov.scorecard")
		.layer("Schedule")
		.definedBy("vn.gov.scorecard.schedule..")
		.layer("Check")
		.definedBy("vn.gov.scorecard.check..")
		.layer("Job")
		.definedBy("vn.gov.scorecard.job..")
		.layer("Features")
		.definedBy("vn.gov.scorecard.ingest..", "vn.gov.scorecard.indicators..", "vn.gov.scorecard.scoring..",
				"vn.gov.scorecard.trend..", "vn.gov.scorecard.reporting..", "vn.gov.scorecard.output..",
				"vn.gov.scorecard.changes..")
		.layer("Base")
		.definedBy("vn.gov.scorecard.period..", "vn.gov.scorecard.rules..", "vn.gov.scorecard.province..",
				"vn.gov.scorecard.database..", "vn.gov.scorecard.sample..")
		.whereLayer("Application")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("Schedule")
		.mayOnlyBeAccessedByLayers("Application")
		.whereLayer("Check")
		.mayOnlyBeAccessedByLayers("Application")
		.whereLayer("Job")
		.mayOnlyBeAccessedByLayers("Application", "Schedule", "Check")
		.whereLayer("Features")
		.mayOnlyBeAccessedByLayers("Application", "Schedule", "Check", "Job")
		.whereLayer("Base")
		.mayOnlyBeAccessedByLayers("Application", "Schedule", "Check", "Job", "Features");

}
