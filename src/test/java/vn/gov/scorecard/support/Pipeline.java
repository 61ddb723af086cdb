package vn.gov.scorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.gov.scorecard.indicators.IndicatorCounter;
import vn.gov.scorecard.indicators.ProvinceRecords;
import vn.gov.scorecard.ingest.RejectCap;
import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.ingest.load.InputLoader;
import vn.gov.scorecard.ingest.load.RecordGenerations;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.scoring.ScoreRepository;
import vn.gov.scorecard.scoring.UnitScorer;

/**
 * The job's steps run directly, each in its own transaction as the job runs them, on real
 * CSV files in a directory and a fresh real database of its own; results are read back
 * from it.
 */
public final class Pipeline implements AutoCloseable {

	public static final RuleSet RULES = RuleSet.load(new ClassPathResource("rules.yml"));

	/** A cap no file reaches: for tests about the rejects themselves. */
	public static final RejectCap NO_CAP = new RejectCap(BigDecimal.ONE, Long.MAX_VALUE);

	private final TestDatabase database;

	private final Path input;

	private long runId;

	private LocalDate asOf;

	private RuleSet rules = RULES;

	private Pipeline(TestDatabase database, Path input) {
		this.database = database;
		this.input = input;
	}

	/** A pipeline over the files written into {@code input}, on a new database. */
	public static Pipeline on(Path input) {
		return new Pipeline(TestDatabase.create(), input);
	}

	public TestDatabase database() {
		return database;
	}

	@Override
	public void close() {
		database.close();
	}

	/** Scores under {@code rules} instead of the bundled rule set. */
	public Pipeline rules(RuleSet rules) {
		this.rules = rules;
		return this;
	}

	/**
	 * Writes an input file, in a kind's folder if the name has one (the text is the
	 * file's content; a header row first).
	 */
	public Pipeline file(String name, String content) {
		try {
			Files.createDirectories(input.resolve(name).getParent());
			Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/**
	 * Loads the input directory as a new run with the default cap (more than 5% and more
	 * than 5 rows).
	 */
	public List<FileStats> load(LocalDate asOf) {
		return load(asOf, new RejectCap(new BigDecimal("0.05"), 5));
	}

	/** The current run's id: 1 for the first load of the pipeline, 2 for the next, … */
	public long runId() {
		return runId;
	}

	/**
	 * Loads as the job does on the day the test runs (a date after it is rejected), for
	 * scoring as of {@code asOf} (what is dated after it is only left out of the counts).
	 */
	public List<FileStats> load(LocalDate asOf, RejectCap cap) {
		return load(LocalDate.now(RunOptions.ZONE), asOf, cap);
	}

	/**
	 * Loads as a run executed on {@code day} would, as of that day: for tests of what the
	 * day decides.
	 */
	public List<FileStats> loadOn(LocalDate day) {
		return load(day, day, new RejectCap(new BigDecimal("0.05"), 5));
	}

	private List<FileStats> load(LocalDate today, LocalDate asOf, RejectCap cap) {
		runId++;
		this.asOf = asOf;
		InputLoader loader = new InputLoader(database.dataSource(), database.jdbc(), cap,
				new RecordGenerations(database.jdbc()));
		return database.transaction().execute(status -> loader.load(runId, input, today, false).files());
	}

	/** The warnings of the last load, as run.json lists them. */
	public List<String> loadWarnings(LocalDate asOf) {
		runId++;
		this.asOf = asOf;
		InputLoader loader = new InputLoader(database.dataSource(), database.jdbc(), NO_CAP,
				new RecordGenerations(database.jdbc()));
		return database.transaction()
			.execute(status -> loader.load(runId, input, LocalDate.now(RunOptions.ZONE), false).warnings());
	}

	/** What the province's records say, read from this pipeline's database. */
	public ProvinceRecords records() {
		return new ProvinceRecords(new NamedParameterJdbcTemplate(database.dataSource()));
	}

	/**
	 * Counts and scores a period in the current run as the job does, as of the last
	 * load's as-of date (after the period's end, unless a test is about provisional
	 * figures).
	 */
	public Pipeline score(String period) {
		CountingWindows windows = CountingWindows.asOf(Period.parse(period), asOf);
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(database.dataSource());
		database.transaction()
			.executeWithoutResult(status -> new IndicatorCounter(jdbc).count(runId, List.of(windows), rules));
		database.transaction()
			.executeWithoutResult(
					status -> new UnitScorer(new ScoreRepository(jdbc), records()).score(runId, windows, rules));
		return this;
	}

	/**
	 * One indicator's stored result: numerator, denominator, value, status, points,
	 * reason.
	 */
	public Map<String, Object> result(String period, String unit, String indicator) {
		return database.jdbc().queryForMap("""
				SELECT numerator, denominator, value, status, points, weight, reason FROM indicator_result
				WHERE run_id = ? AND period = ? AND unit_code = ? AND indicator = ?""", runId, period, unit, indicator);
	}

	/**
	 * Every reject of the current run, in file and line order: "file line column value
	 * reason".
	 */
	public List<String> rejects() {
		return database.jdbc()
			.queryForList(
					"""
							SELECT file_name || ' ' || line || ' ' || coalesce(column_name, '') || ' ' || coalesce(value, '') || ' ' || reason
							FROM run_reject WHERE run_id = ? ORDER BY file_name, line""",
					String.class, runId);
	}

	/** A unit's stored score (as printed, or null), classification and rank. */
	public Map<String, Object> score(String period, String unit) {
		return database.jdbc()
			.queryForMap(
					"""
							SELECT score, classification, rank FROM unit_score WHERE run_id = ? AND period = ? AND unit_code = ?""",
					runId, period, unit);
	}

	public List<String> scoredUnits(String period) {
		return database.jdbc()
			.queryForList("SELECT unit_code FROM unit_score WHERE run_id = ? AND period = ? ORDER BY 1", String.class,
					runId, period);
	}

}
