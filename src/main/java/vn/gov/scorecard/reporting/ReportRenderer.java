package vn.gov.scorecard.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.indicators.Annex;
import vn.gov.scorecard.indicators.ProvinceRecords;
import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.ingest.load.RunFiles;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.province.Province;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.ScoreRepository;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.trend.Trend;
import vn.gov.scorecard.trend.TrendRepository;
import vn.gov.scorecard.trend.WatchList;

/**
 * Writes the PDFs of a run: {@code units/<unit_code>.pdf} for every scored unit, and
 * {@code ranking.pdf}. Units go in batches: one batch's data is read with a few set-wise
 * queries, its scorecards are filled and written in parallel on all cores while the next
 * batch is read, and nothing of it is kept once written, so memory stays flat however
 * many units there are. The first batch is small, so that every core is rendering within
 * moments of the step's start.
 */
@Component
public class ReportRenderer {

	private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);

	private static final int BATCH = 200;

	private static final int FIRST_BATCH = 16;

	private final ScoreRepository scores;

	private final ProvinceRecords records;

	private final TrendRepository trends;

	private final WatchList watchList;

	private final RunWarnings warnings;

	private final RunFiles files;

	private final SitePages pages = new SitePages();

	private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

	/** Time the unit pages took, to show what the site adds to the report step. */
	private final LongAdder pageNanos = new LongAdder();

	private final RuleSet rules;

	private final ReportSettings settings;

	public ReportRenderer(ScoreRepository scores, ProvinceRecords records, TrendRepository trends, WatchList watchList,
			RunWarnings warnings, RunFiles files, RuleSet rules, ReportSettings settings, Province province) {
		this.scores = scores;
		this.records = records;
		this.trends = trends;
		this.watchList = watchList;
		this.warnings = warnings;
		this.files = files;
		this.rules = rules;
		this.settings = settings.headedBy(province);
	}

	/**
	 * A compiled report, read from the jar once per process: it is the same for every
	 * run.
	 */
	private JasperReport template(String name) {
		return templates.computeIfAbsent(name, PdfDocuments::load);
	}

	/**
	 * Renders every scored unit's scorecard into {@code directory/units/}, each changed
	 * unit's saying what changed since the run this one replaces ({@code changes}, null
	 * when it replaces none); returns how many.
	 */
	public int renderUnits(long runId, CountingWindows windows, LocalDate asOf, RunChanges changes, Path directory) {
		long start = System.nanoTime();
		JasperReport report = template("unit_scorecard");
		List<ScoredUnit> units = scores.ranking(runId, windows.period());
		Map<UnitType, Long> rankedByType = units.stream()
			.filter(u -> u.rank() != null)
			.collect(Collectors.groupingBy(ScoredUnit::type, Collectors.counting()));
		Map<UnitType, Map<Integer, Long>> sharing = units.stream()
			.filter(u -> u.rank() != null)
			.collect(Collectors.groupingBy(ScoredUnit::type,
					Collectors.groupingBy(ScoredUnit::rank, Collectors.counting())));
		UnitScorecard.CommonPart run = new UnitScorecard.CommonPart(runId, windows, asOf, rules, settings, rankedByType,
				sharing, trends.trend(runId), changes);
		Map<String, Object> site = site(runId, windows, asOf);
		// once for the run: the counts of the year's end cover the whole province
		Map<String, Map<Indicator, Long>> previousYear = records.previousYear(windows, rules);
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> rendering = List.of();
			for (int from = 0; from < units.size();) {
				List<ScoredUnit> batch = units.subList(from,
						Math.min(units.size(), from + (from == 0 ? FIRST_BATCH : BATCH)));
				// read while the pool renders the batch before: two batches at most are
				// ever held
				List<UnitScorecard.UnitPart> parts = unitParts(run, batch, previousYear);
				await(rendering);
				logProgress(from, units.size(), start);
				rendering = parts.stream()
					.<Future<?>>map(f -> pool.submit(() -> write(report, site, run, f, directory)))
					.toList();
				from += batch.size();
			}
			await(rendering);
			logProgress(units.size(), units.size(), start);
		}
		finally {
			pool.shutdownNow();
		}
		log.info("scorecards: {} PDFs and pages in {} s; the pages took {} s of the threads' time", units.size(),
				Math.round((System.nanoTime() - start) / 1e8) / 10.0,
				Math.round(pageNanos.sumThenReset() / 1e8) / 10.0);
		return units.size();
	}

	private static void logProgress(int done, int total, long start) {
		if (done > 0) {
			double perSecond = done / Math.max(1e-9, (System.nanoTime() - start) / 1e9);
			log.info("scorecards: {} of {} written ({} per second, about {} s to go)", done, total,
					Math.round(perSecond), Math.round((total - done) / perSecond));
		}
	}

	private static void await(List<Future<?>> written) {
		try {
			for (Future<?> future : written) {
				future.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing scorecards", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("a scorecard could not be written: " + e.getCause().getMessage(),
					e.getCause());
		}
	}

	/**
	 * Renders {@code directory/ranking.pdf}, and the same report as {@code ranking.docx}
	 * for a clerk to edit before it is signed.
	 */
	public void renderRanking(long runId, CountingWindows windows, LocalDate asOf, RunChanges changes, Path directory) {
		Period period = windows.period();
		List<ScoredUnit> units = scores.ranking(runId, period);
		var results = scores.results(runId, period, units.stream().map(ScoredUnit::code).toList(), rules);
		Map<String, ScoredUnit> previous = period.previous()
			.map(p -> scores.ranking(runId, p))
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(ScoredUnit::code, u -> u));
		List<String> fileLines = RankingReport.fileLines(files.files(runId), files.withdrawnByFile(runId));
		List<String> runWarnings = warnings.of(runId);
		RankingReport.Sections sections = new RankingReport.Sections(period, rules, previous,
				records.totals(runId, windows, rules), records.coverage(windows).notApplicable(), watchList.kept(runId),
				fileLines, files.rejectsByUnit(runId), runWarnings, records.undelivered(runId, period),
				records.possiblyIncomplete(windows));
		var previousResults = period.previous()
			.map(p -> scores.results(runId, p, units.stream().map(ScoredUnit::code).toList(), rules))
			.orElse(Map.of());
		RankingContent content = RankingContent.of(settings, windows, asOf, runId, units, sections, results,
				previousResults, changes);
		String subject = content.title() + " của các sở, ban, ngành và xã, phường";
		PdfDocuments.writeReport(template("ranking"), content.bodyParameters(), content.watchRows(),
				template("ranking_appendix"), content.appendixParameters(), content.appendixRows(),
				directory.resolve("ranking.pdf"), content.title(), settings.issuer(), subject);
		RankingWordDocument.write(content, directory.resolve("ranking.docx"), settings.issuer(), subject);
		List<String> facts = new ArrayList<>(
				List.of("Kỳ: " + period.inWords() + " (" + period + ")", "Lần tính số " + runId,
						"Bộ tiêu chí phiên bản " + rules.version(), "Số liệu đến ngày " + Vietnamese.date(asOf)));
		fileLines.forEach(line -> facts.add("Tệp " + line));
		pages.writeIndex(site(runId, windows, asOf), facts, runWarnings, units, results, sections, content, changes,
				directory);
		log.info("ranking report written: {} units, as PDF, as DOCX and as the site's index.html", units.size());
	}

	/** What every page of the run's site shows at its top. */
	private Map<String, Object> site(long runId, CountingWindows windows, LocalDate asOf) {
		return SitePages.site(settings, windows, UnitScorecard.basisLine(rules, asOf, runId));
	}

	private List<UnitScorecard.UnitPart> unitParts(UnitScorecard.CommonPart run, List<ScoredUnit> batch,
			Map<String, Map<Indicator, Long>> previousYear) {
		Period period = run.period();
		List<String> codes = batch.stream().map(ScoredUnit::code).toList();
		var results = scores.results(run.runId(), period, codes, rules);
		var previousResults = period.previous().map(p -> scores.results(run.runId(), p, codes, rules)).orElse(Map.of());
		var previousScores = period.previous().map(p -> scores.scores(run.runId(), p, codes)).orElse(Map.of());
		Map<String, Trend.UnitTrend> unitTrends = trends.units(run.runId(), run.trend(), codes);
		Map<Indicator, Map<String, Annex>> annexes = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			if (indicator.countsRecords()) {
				annexes.put(indicator,
						records.failedRecords(indicator, run.windows(), rules, codes, UnitScorecard.ANNEX_LIMIT));
			}
		}
		Map<String, LocalDate> reports = period.reportPeriod() == null ? Map.of()
				: records.reportsSubmitted(period.reportPeriod(), codes);
		annexes.put(Indicator.WIDE_CONF_LIMIT, records.communeWideConferences(run.windows(), rules, codes));
		Set<String> merged = records.withPredecessors(codes);
		List<UnitScorecard.UnitPart> parts = new ArrayList<>();
		for (ScoredUnit unit : batch) {
			Map<Indicator, Annex> unitAnnexes = new EnumMap<>(Indicator.class);
			annexes.forEach((indicator, byUnit) -> {
				if (byUnit.containsKey(unit.code())) {
					unitAnnexes.put(indicator, byUnit.get(unit.code()));
				}
			});
			parts.add(new UnitScorecard.UnitPart(unit, results.get(unit.code()),
					previousResults.getOrDefault(unit.code(), Map.of()), previousScores.get(unit.code()),
					unitTrends.get(unit.code()), unitAnnexes, reports.get(unit.code()),
					previousYear.getOrDefault(unit.code(), Map.of()), merged.contains(unit.code())));
		}
		return parts;
	}

	/**
	 * Writes the unit's scorecard as {@code units/<code>.pdf} and its page of the site
	 * beside it.
	 */
	private void write(JasperReport report, Map<String, Object> site, UnitScorecard.CommonPart run,
			UnitScorecard.UnitPart part, Path directory) {
		ScoredUnit unit = part.unit();
		Path units = directory.resolve("units").normalize();
		Path file = units.resolve(unit.code() + ".pdf").normalize();
		if (!units.equals(file.getParent())) {
			// unit codes are [A-Za-z0-9._-]+, so this cannot happen; it guards that rule
			throw new IllegalStateException("unit code " + unit.code() + " would write outside " + units);
		}
		// the page and the PDF say the same things: their texts are made once
		Map<String, Object> parameters = UnitScorecard.parameters(run, part);
		List<Map<String, ?>> rows = UnitScorecard.tableRows(part);
		long pageStart = System.nanoTime();
		pages.writeUnit(site, run, part, parameters, rows, units.resolve(unit.code() + ".html"));
		pageNanos.add(System.nanoTime() - pageStart);
		PdfDocuments.write(report, parameters, rows, file, "Bảng điểm: " + unit.name() + ", " + run.period().inWords(),
				settings.issuer(), UnitScorecard.title(run, unit));
	}

}
