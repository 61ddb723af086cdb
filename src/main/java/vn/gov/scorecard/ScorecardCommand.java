package vn.gov.scorecard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import vn.gov.scorecard.check.CheckCommand;
import vn.gov.scorecard.ingest.templates.Templates;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.ExitCode.InvalidArgumentsException;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.job.RunProperties;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.sample.SampleData;

/**
 * The command line: every mode and option in one place, checked before anything starts,
 * and the help text made from them. A run's options are handed to Spring as
 * {@code scorecard.*} properties, with any {@code --spring.…}, {@code --scorecard.…} or
 * {@code --logging.…} setting passed on as it is.
 */
@Command(name = "scorecard", sortOptions = false, usageHelpAutoWidth = true, customSynopsis = {
		"java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd] [--provisional]",
		"java -jar scorecard.jar --schedule --scorecard.input=DIR --scorecard.output=DIR",
		"java -jar scorecard.jar --schedule --plan [--as-of=yyyy-MM-dd] --scorecard.input=DIR --scorecard.output=DIR",
		"java -jar scorecard.jar --check=DIR [--output=DIR] [--as-of=yyyy-MM-dd]",
		"java -jar scorecard.jar --templates=DIR", "java -jar scorecard.jar --history",
		"java -jar scorecard.jar --generate-sample=DIR", "java -jar scorecard.jar --help" },
		description = { "",
				"Compliance scorecards for provincial units (Sở Nội vụ). Without a mode it runs the job once"
						+ " for period P and exits.",
				"" },
		footer = { "", "Settings (--name=value, application.yml in the working directory, or",
				"environment variables; docs/operations/configuration.md says what each is):",
				"  spring.datasource.url, spring.datasource.username, spring.datasource.password",
				"                           a PostgreSQL server (default: the embedded one)",
				"  scorecard.embedded-db.dir            the embedded database's folder",
				"  scorecard.rules                      the rule set (default: rules.yml)",
				"  scorecard.reject-cap.share           rows a file may reject: this share",
				"  scorecard.reject-cap.rows            ... or this many (0.05, 5)",
				"  scorecard.schedule.cron              the tick (0 0 2 * * *: 02:00 daily)",
				"  scorecard.schedule.zone              its zone (Asia/Ho_Chi_Minh)",
				"  scorecard.schedule.delivery-days     due this many days after the end (5)",
				"  scorecard.schedule.close-after-days  open to reruns this many more (10)",
				"  scorecard.archive.keep               replaced runs kept (default 0: all)",
				"  scorecard.publish.swap               auto | rename",
				"  scorecard.province.code, scorecard.province.name      the province",
				"  scorecard.report.issuer, scorecard.report.issuer-parent,",
				"  scorecard.report.document-code, scorecard.report.place,",
				"  scorecard.report.signer-title, scorecard.report.signer-name,",
				"  scorecard.report.issuer-name, scorecard.report.basis",
				"                           the documents' heading, signature, legal basis",
				"  Options of a run may also be given as scorecard.input or SCORECARD_INPUT.", "", "Exit codes:",
				"  0 success                  5 the database cannot be reached",
				"  1 internal error           6 already running (or the database in use)",
				"  2 invalid arguments        7 the database refused the login",
				"  3 an unusable input file   8 the output folder cannot be written",
				"  4 too many rejects         9 stopped at a safe point (SIGTERM, Ctrl+C)" })
public final class ScorecardCommand implements Callable<Integer> {

	/**
	 * A setting passed on to Spring: {@code --spring.datasource.url=…},
	 * {@code --scorecard.report.place=…}.
	 */
	private static final Pattern SETTING = Pattern.compile("--(spring|scorecard|logging)\\.[A-Za-z0-9_.\\[\\]-]+=.*");

	@ArgGroup(exclusive = true, heading = "%nModes (at most one; none runs the job once):%n")
	Mode mode = new Mode();

	static class Mode {

		@Option(names = "--schedule",
				description = "Stay up and, at each tick (every day at 02:00), run every period whose"
						+ " delivery deadline has passed and that needs it: never run, failed, or open with changed input files."
						+ " With --plan: print what a tick today (or --as-of) would do, and touch nothing. SIGTERM stops it at a safe point.")
		boolean schedule;

		@Option(names = "--check", paramLabel = "DIR",
				description = "Check an input folder as a run would, loading nothing and"
						+ " needing no database: rejects.csv goes to --output (default: the working directory), a verdict per file to"
						+ " the screen; exit 0 when a run would accept every file.")
		Path check;

		@Option(names = "--templates", paramLabel = "DIR",
				description = "Write an Excel template per kind of record (.xlsx,"
						+ " with notes, drop-down lists and an example) for clerks to fill in.")
		Path templates;

		@Option(names = "--history", description = "List every run, newest first.")
		boolean history;

		@Option(names = "--generate-sample", paramLabel = "DIR",
				description = "Write the bundled sample province's input files.")
		Path sample;

	}

	@Option(names = "--input", paramLabel = "DIR", order = 10, description = "The folder of input files: units.csv,"
			+ " meetings.csv, documents.csv, work_items.csv, tasks.csv, reports.csv (each optional).")
	Path input;

	@Option(names = "--period", paramLabel = "P", order = 11, converter = PeriodConverter.class,
			description = "2026-09 (month), 2026-Q3 (quarter), 2026-H1 (half-year) or 2026 (year), 2000 to 2100.")
	Period period;

	@Option(names = "--output", paramLabel = "DIR", order = 12,
			description = "Results go to DIR/P/; the run they replace"
					+ " to DIR/archive/P/run-<id>/; a failed run's rejects to DIR/failed/P/run-<id>/.")
	Path output;

	@Option(names = "--as-of", paramLabel = "yyyy-MM-dd", order = 13, converter = DateConverter.class,
			description = "The day the run counts as now"
					+ " (default: today in Asia/Ho_Chi_Minh; never later): records first dated after it are left out, and"
					+ " completions after it count as not yet made.")
	LocalDate asOf;

	@Option(names = "--provisional", order = 14, description = "Score a period that has not ended yet, up to the as-of"
			+ " date; every output says so, and reports not yet due are not judged.")
	boolean provisional;

	@Option(names = "--plan", order = 15,
			description = "With --schedule: print the decisions of a tick on the as-of date"
					+ " (default today) for every due period, and run nothing.")
	boolean plan;

	@Option(names = "--accept-province-change", order = 16,
			description = "The province of the configuration replaces the"
					+ " one whose records the database holds (the province itself changed); without it such a run is refused.")
	boolean acceptProvinceChange;

	@Option(names = "--accept-unit-changes", order = 17, description = "Load a units delivery that renames more than a"
			+ " fifth of the known units, or whose codes are mostly unknown; without it such a delivery fails the run.")
	boolean acceptUnitChanges;

	@Option(names = { "-h", "--help" }, usageHelp = true, order = 20, description = "Print this text and exit.")
	boolean help;

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Computes the compliance scorecards of a province's units for one period, then
	 * exits:
	 * {@code java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd]};
	 * the other modes and every option are above, and {@code --help} prints them.
	 */
	public static void main(String[] args) {
		System.exit(commandLine(new ScorecardCommand()).execute(args));
	}

	/**
	 * The exit code of a command line that does not keep running: the entry point as
	 * tests use it.
	 */
	public static ExitCode run(String... args) {
		return ExitCode.ofCode(commandLine(new ScorecardCommand()).execute(args));
	}

	private static CommandLine commandLine(ScorecardCommand command) {
		return new CommandLine(command).setParameterExceptionHandler((e, args) -> {
			e.getCommandLine()
				.getErr()
				.println("scorecard: " + e.getMessage() + " (--help lists every mode and option)");
			return ExitCode.INVALID_ARGUMENTS.code();
		}).setExecutionExceptionHandler((e, line, result) -> {
			line.getErr().println("scorecard: " + ExitCode.reason(e));
			return ExitCode.of(e).code();
		});
	}

	@Override
	public Integer call() {
		for (String setting : settings) {
			if (!SETTING.matcher(setting).matches()) {
				throw new ParameterException(spec.commandLine(), "unknown option or argument: " + setting);
			}
		}
		if (mode.sample != null) {
			SampleData.write(mode.sample, 2026);
			System.out.println("sample province written to " + mode.sample.toAbsolutePath());
			return ExitCode.SUCCESS.code();
		}
		if (mode.check != null) {
			if (input != null || period != null || asOf != null || provisional) {
				// a check reads only its folder, on the day it runs
				System.out.println("--check reads only its folder, on the day it runs: --input, --period, --as-of and"
						+ " --provisional are ignored");
			}
			return CheckCommand
				// the working directory as a folder with a name, so that the files have a
				// parent
				.run(mode.check, output == null ? Path.of("").toAbsolutePath() : output, LocalDate.now(RunOptions.ZONE),
						settings.toArray(String[]::new), System.out)
				.code();
		}
		if (mode.templates != null) {
			Templates.write(mode.templates);
			System.out.println("templates written to " + mode.templates.toAbsolutePath());
			return ExitCode.SUCCESS.code();
		}
		if (mode.history) {
			return ScorecardApplication.history(springArguments("--history=true")).code();
		}
		if (mode.schedule && plan) {
			return ScorecardApplication
				.plan(asOf == null ? LocalDate.now(RunOptions.ZONE) : asOf, springArguments("--plan=true"))
				.code();
		}
		if (plan) {
			throw new ParameterException(spec.commandLine(), "--plan goes with --schedule");
		}
		if (mode.schedule) {
			return ScorecardApplication.schedule(springArguments("--schedule=true")).code();
		}
		return ScorecardApplication.runOnce(springArguments()).code();
	}

	/**
	 * The run's options as {@code scorecard.*} properties, then the settings given as
	 * they are.
	 */
	private String[] springArguments(String... mode) {
		List<String> arguments = new ArrayList<>(List.of(mode));
		for (String name : RunProperties.names()) {
			Object value = spec.findOption("--" + name).getValue();
			if (value != null && !Boolean.FALSE.equals(value)) {
				arguments.add("--scorecard." + name + "=" + value);
			}
		}
		arguments.addAll(settings);
		return arguments.toArray(String[]::new);
	}

	/** A date as the contract writes it, checked as every run option is. */
	static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return RunOptions.date(value);
			}
			catch (InvalidArgumentsException e) {
				throw new CommandLine.TypeConversionException(e.getMessage());
			}
		}

	}

	static final class PeriodConverter implements CommandLine.ITypeConverter<Period> {

		@Override
		public Period convert(String value) {
			try {
				return RunOptions.period(value);
			}
			catch (InvalidArgumentsException e) {
				throw new CommandLine.TypeConversionException(e.getMessage());
			}
		}

	}

}
