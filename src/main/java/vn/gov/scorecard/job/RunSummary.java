package vn.gov.scorecard.job;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.trend.WatchList;
import vn.gov.scorecard.indicators.ProvinceRecords;
import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.indicators.Undelivered;
import vn.gov.scorecard.ingest.files.FileListing;
import vn.gov.scorecard.ingest.load.RunFiles;
import vn.gov.scorecard.ingest.load.Withdrawn;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.scoring.ScoreRepository;

/** The one-screen summary printed when a run completes. */
@Component
class RunSummary {

	/** Files, and units of the watch list, that the summary lists one by one. */
	private static final int LISTED_FILES = 12;

	private final ScoreRepository scores;

	private final WatchList watchList;

	private final ProvinceRecords records;

	private final RunWarnings warnings;

	private final RunFiles files;

	private final RuleSet rules;

	private final PrintStream out = System.out;

	RunSummary(ScoreRepository scores, WatchList watchList, ProvinceRecords records, RunWarnings warnings,
			RunFiles files, RuleSet rules) {
		this.scores = scores;
		this.watchList = watchList;
		this.records = records;
		this.warnings = warnings;
		this.files = files;
		this.rules = rules;
	}

	/**
	 * What a run that replaces another changed, in one line (the scheduled mode logs it):
	 * "replaces run 4 of 2026-10-12: no figure differs", or how many units changed and
	 * the first of those whose band or rank did.
	 */
	static String changesLine(RunChanges changes) {
		String replaces = "replaces run " + changes.replacedRunId() + (changes.replacedRunFinishedAt() == null ? ""
				: " (" + changes.replacedRunFinishedAt().toLocalDate() + ")");
		if (changes.none()) {
			return replaces + ": no figure differs (score, band, rank or indicator of " + changes.unitsCompared()
					+ " units)";
		}
		List<String> moved = changes.units()
			.stream()
			.filter(RunChanges.UnitChange::standingChanged)
			.map(RunChanges.UnitChange::unitCode)
			.toList();
		return replaces + ": " + changes.unitsChanged() + " of " + changes.unitsCompared() + " units changed (score: "
				+ changes.scoresChanged() + ", band: " + changes.classificationsChanged() + ", rank: "
				+ changes.ranksChanged() + ")"
				+ (moved.isEmpty() ? ""
						: "; band or rank: " + moved.stream().limit(LISTED_FILES).collect(Collectors.joining(", "))
								+ (moved.size() > LISTED_FILES ? " …" : ""));
	}

	/** Why, as far as the run knows, in one line; null when nothing is known. */
	static String reasonsLine(RunChanges changes) {
		RunChanges.Reasons reasons = changes.reasons();
		List<String> known = new ArrayList<>();
		if (reasons.ruleSet() != null) {
			known.add("rule set " + reasons.ruleSet().before() + " → " + reasons.ruleSet().after());
		}
		if (reasons.asOf() != null) {
			known.add("as of " + reasons.asOf().before() + " → " + reasons.asOf().after());
		}
		if (!reasons.filesDelivered().isEmpty()) {
			known.add("files delivered with new content since: " + reasons.filesDelivered().size() + " ("
					+ reasons.filesDelivered().stream().limit(5).collect(Collectors.joining(", "))
					+ (reasons.filesDelivered().size() > 5 ? " …" : "") + ")");
		}
		if (reasons.recordsWithdrawn() > 0) {
			known.add("records withdrawn since: " + reasons.recordsWithdrawn());
		}
		return known.isEmpty() ? null : String.join("; ", known);
	}

	void print(JobExecution execution, RunChanges changes) {
		RunParameters run = RunParameters.from(execution.getJobParameters());
		long runId = execution.getJobInstance().getInstanceId();
		Duration elapsed = Duration.between(execution.getStartTime(),
				execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime());
		out.printf("%nScorecard %s — run %d, rule set %s, as of %s, %.1f s%n", run.period(), runId, rules.version(),
				run.asOf(), elapsed.toMillis() / 1000.0);
		if (run.provisional()) {
			out.printf("  PROVISIONAL: the period ends %s; figures up to %s, and reports not yet due are not judged%n",
					run.period().lastDay(), run.asOf());
		}
		if (changes != null) {
			out.printf("  This run %s (run.json changesFromReplaced)%n", changesLine(changes));
			String reasons = reasonsLine(changes);
			if (reasons != null && !changes.none()) {
				out.printf("    Why: %s%n", reasons);
			}
		}
		scores.tallies(runId, run.period())
			.forEach(tally -> out.printf("  %s units: %d scored, %d ranked%n", tally.unitType(), tally.scored(),
					tally.ranked()));
		scores.bands(runId, run.period())
			.forEach((band, units) -> out.printf("    %-40s %d%n",
					band == null ? "chưa xếp hạng (thiếu số liệu)" : band, units));
		List<WatchList.Watched> watched = watchList.kept(runId);
		out.printf("  Watch list (lowest band twice running, or lowest tenth three periods running): %s%n",
				watched.isEmpty() ? "none"
						: watched.size() + " units, "
								+ watched.stream()
									.limit(LISTED_FILES)
									.map(WatchList.Watched::unitCode)
									.collect(Collectors.joining(", "))
								+ (watched.size() > LISTED_FILES ? " … (ranking.pdf, run.json)" : ""));
		List<Undelivered> undelivered = records.undelivered(runId, run.period());
		if (!undelivered.isEmpty()) {
			out.printf("  Delivered nothing this year, though they did last year (not scored on the absence): %s%n",
					undelivered.stream()
						.limit(LISTED_FILES)
						.map(u -> u.unitCode() + " " + u.kind())
						.collect(Collectors.joining(", "))
							+ (undelivered.size() > LISTED_FILES ? " … (run.json)" : ""));
		}
		List<String> runWarnings = warnings.of(runId);
		if (!runWarnings.isEmpty()) {
			out.println("  Warnings:");
			runWarnings.forEach(warning -> out.println("    - " + warning));
		}
		printFiles(runId);
		out.printf("  Outputs: %s%n", run.folders().current().toAbsolutePath());
		out.printf(
				"           index.html (open it in a browser), scores.csv, ranking.csv, rejects.csv, withdrawn.csv,%n"
						+ "           scorecard.xlsx, run.json, ranking.pdf, ranking.docx, units/<unit_code>.pdf and .html%n%n");
	}

	/**
	 * Every file when there are few; a delivery of a file per unit would not fit one
	 * screen, so then each kind's totals and the files that rejected rows (run.json lists
	 * every file).
	 */
	private void printFiles(long runId) {
		List<FileListing.Line> lines = files.files(runId)
			.stream()
			.map(f -> new FileListing.Line(f.name(), 1, f.read(), f.loaded(), f.rejected(), f.blank()))
			.toList();
		FileListing listing = FileListing.of(lines, LISTED_FILES);
		out.println("  Input files (read = loaded + rejected; blank rows apart):");
		// a unit's file is named longer than a kind's: the column fits the longest
		int width = Math.max(24, listing.files().stream().mapToInt(file -> file.name().length()).max().orElse(0));
		listing.kinds()
			.forEach(kind -> print(kind.name() + " (" + kind.files() + (kind.files() == 1 ? " file)" : " files)"), kind,
					width));
		if (!listing.kinds().isEmpty() && !listing.files().isEmpty()) {
			out.println("  Files with rejected rows:");
		}
		listing.files().forEach(file -> print(file.name(), file, width));
		if (listing.unlistedRejecting() > 0) {
			out.printf("    and %d more%n", listing.unlistedRejecting());
		}
		if (!listing.kinds().isEmpty()) {
			out.printf("  Every file's figures are in run.json (%d files).%n", lines.size());
		}
		Map<String, Long> withdrawn = files.withdrawnByFile(runId);
		if (!withdrawn.isEmpty()) {
			out.printf("  Withdrawn: %d records that files delivered again no longer hold (withdrawn.csv): %s%n",
					withdrawn.values().stream().mapToLong(Long::longValue).sum(),
					Withdrawn.listing(withdrawn, 5, "and %d more files"));
		}
		Map<Long, Long> notReadByRun = files.unchangedSince(runId);
		if (!notReadByRun.isEmpty()) {
			out.printf(
					"  %d of %d files unchanged since run %s: not read again; their figures and rejects are that run's.%n",
					notReadByRun.values().stream().mapToLong(Long::longValue).sum(), lines.size(),
					notReadByRun.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
	}

	private void print(String label, FileListing.Line line, int width) {
		out.printf("    %-" + width + "s %9d = %9d + %7d   %5d blank%n", label, line.read(), line.loaded(),
				line.rejected(), line.blank());
	}

}
