package vn.gov.scorecard.output;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.course.Course;
import vn.gov.scorecard.course.WatchList;
import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.indicators.PossiblyIncomplete;
import vn.gov.scorecard.indicators.Undelivered;
import vn.gov.scorecard.period.Windows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.RuleSet;

/**
 * Writes {@code run.json}: what a run was, what it read and what it produced (SPEC §6).
 */
@Component
public class RunJson {

	/**
	 * One input file as run.json lists it; {@code read = loaded + rejected}.
	 * {@code readInRun} is the run that read its bytes: this one, or an earlier one that
	 * read the same file with the same outcome, whose figures and rejects these are.
	 * {@code withdrawn}: the records its path delivered before and no longer holds,
	 * withdrawn by this run (SPEC §2 v3; listed in withdrawn.csv).
	 */
	public record File(String name, String sha256, long read, long loaded, long rejected, long blank, long withdrawn,
			String warnings, long readInRun) {
	}

	/** A unit on the watch list (SPEC §6), named as the SPEC names the fields. */
	public record Watched(@JsonProperty("unit_code") String unitCode, String reason) {
	}

	/**
	 * The document; fields in the order SPEC §6 names them, then the extras: the periods
	 * of the units' course, oldest first, all computed under {@code ruleSet}.
	 */
	public record Document(long runId, String period, String ruleSet, String ruleSetSha256, LocalDate asOf,
			boolean provisional, OffsetDateTime startedAt, OffsetDateTime finishedAt, List<String> warnings,
			List<File> files, List<Watched> watchList, List<Undelivered.Unit> undelivered,
			List<PossiblyIncomplete.Delivery> possiblyIncomplete, Long replacesRunId, Map<String, Long> unitsScored,
			Map<String, Long> unitsRanked, List<String> coursePeriods) {
	}

	/** What the job knows of the run that the database does not. */
	public record Facts(long runId, Period period, LocalDate asOf, boolean provisional, Long replacesRunId,
			LocalDateTime startedAt, LocalDateTime finishedAt) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final JdbcTemplate jdbc;

	private final RuleSet rules;

	public RunJson(JdbcTemplate jdbc, RuleSet rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/** Batch keeps local times of this machine; run.json says which zone they are in. */
	private static OffsetDateTime zoned(LocalDateTime time) {
		return time.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.systemDefault()).toOffsetDateTime();
	}

	public void write(Facts facts, Path file) {
		long runId = facts.runId();
		List<File> files = jdbc.query(
				"""
						SELECT file_name, sha256, read, loaded, rejected, blank, withdrawn, warnings, coalesce(read_in_run, run_id)
						FROM run_file WHERE run_id = ? ORDER BY position""",
				(row, i) -> new File(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5),
						row.getLong(6), row.getLong(7), row.getString(8), row.getLong(9)),
				runId);
		Map<String, Long> scored = new LinkedHashMap<>();
		Map<String, Long> ranked = new LinkedHashMap<>();
		jdbc.query("""
				SELECT unit_type, count(*), count(rank) FROM unit_score WHERE run_id = ? AND period = ?
				GROUP BY unit_type ORDER BY unit_type""", row -> {
			scored.put(row.getString(1), row.getLong(2));
			ranked.put(row.getString(1), row.getLong(3));
		}, runId, facts.period().toString());
		Document run = new Document(runId, facts.period().toString(), rules.version(), rules.sha256(), facts.asOf(),
				facts.provisional(), zoned(facts.startedAt()), zoned(facts.finishedAt()), RunWarnings.of(jdbc, runId),
				files, WatchList.of(jdbc, runId).stream().map(w -> new Watched(w.getKey(), w.getValue())).toList(),
				Undelivered.of(jdbc, runId, facts.period().toString()),
				PossiblyIncomplete.of(new NamedParameterJdbcTemplate(jdbc), Windows.asOf(facts.period(), facts.asOf())),
				facts.replacesRunId(), scored, ranked, Course.periods(jdbc, runId));
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, JSON.writeValueAsString(run));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

}
