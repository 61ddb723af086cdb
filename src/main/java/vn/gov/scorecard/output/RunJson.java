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

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.indicators.PossiblyIncomplete;
import vn.gov.scorecard.indicators.ProvinceRecords;
import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.indicators.Undelivered;
import vn.gov.scorecard.ingest.load.RunFiles;
import vn.gov.scorecard.ingest.load.RunFiles.RunFile;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.scoring.ScoreRepository;
import vn.gov.scorecard.trend.TrendRepository;
import vn.gov.scorecard.trend.WatchList;

/**
 * Writes {@code run.json}: what a run was, what it read and what it produced (SPEC §6).
 */
@Component
public class RunJson {

	/**
	 * The document; fields in the order SPEC §6 names them, then the extras: the periods
	 * of the units' course, oldest first, all computed under {@code ruleSet}.
	 */
	public record Document(long runId, String period, String ruleSet, String ruleSetSha256, LocalDate asOf,
			boolean provisional, OffsetDateTime startedAt, OffsetDateTime finishedAt, List<String> warnings,
			List<RunFile> files, List<WatchList.Watched> watchList, List<Undelivered> undelivered,
			List<PossiblyIncomplete> possiblyIncomplete, Long replacesRunId, RunChanges changesFromReplaced,
			Map<String, Long> unitsScored, Map<String, Long> unitsRanked, List<String> coursePeriods) {
	}

	/**
	 * What the job knows of the run that the database does not.
	 *
	 * @param changesFromReplaced what changed against the run it replaces, or null
	 */
	public record Run(long runId, Period period, LocalDate asOf, boolean provisional, Long replacesRunId,
			RunChanges changesFromReplaced, LocalDateTime startedAt, LocalDateTime finishedAt) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ScoreRepository scores;

	private final WatchList watchList;

	private final ProvinceRecords records;

	private final TrendRepository trends;

	private final RunWarnings warnings;

	private final RunFiles files;

	private final RuleSet rules;

	public RunJson(ScoreRepository scores, WatchList watchList, ProvinceRecords records, TrendRepository trends,
			RunWarnings warnings, RunFiles files, RuleSet rules) {
		this.scores = scores;
		this.watchList = watchList;
		this.records = records;
		this.trends = trends;
		this.warnings = warnings;
		this.files = files;
		this.rules = rules;
	}

	/** Batch keeps local times of this machine; run.json says which zone they are in. */
	public static OffsetDateTime zoned(LocalDateTime time) {
		return time == null ? null
				: time.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.systemDefault()).toOffsetDateTime();
	}

	public void write(Run run, Path file) {
		long runId = run.runId();
		Map<String, Long> scored = new LinkedHashMap<>();
		Map<String, Long> ranked = new LinkedHashMap<>();
		for (ScoreRepository.Tally tally : scores.tallies(runId, run.period())) {
			scored.put(tally.unitType().name(), tally.scored());
			ranked.put(tally.unitType().name(), tally.ranked());
		}
		Document document = new Document(runId, run.period().toString(), rules.version(), rules.sha256(), run.asOf(),
				run.provisional(), zoned(run.startedAt()), zoned(run.finishedAt()), warnings.of(runId),
				files.files(runId), watchList.kept(runId), records.undelivered(runId, run.period()),
				records.possiblyIncomplete(CountingWindows.asOf(run.period(), run.asOf())), run.replacesRunId(),
				run.changesFromReplaced(), scored, ranked, trends.periods(runId));
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, JSON.writeValueAsString(document));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

}
