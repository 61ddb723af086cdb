package vn.gov.scorecard.reporting;

import org.springframework.stereotype.Component;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.gov.scorecard.course.Course;
import vn.gov.scorecard.course.WatchList;
import vn.gov.scorecard.indicators.ProvinceCoverage;
import vn.gov.scorecard.indicators.ProvinceTotals;
import vn.gov.scorecard.indicators.PossiblyIncomplete;
import vn.gov.scorecard.indicators.Undelivered;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.Windows;
import vn.gov.scorecard.reporting.StoredResults.Annex;
import vn.gov.scorecard.reporting.StoredResults.Unit;
import vn.gov.scorecard.province.Province;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;

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

	private final NamedParameterJdbcTemplate jdbc;

	private final StoredResults stored;

	private final SitePages pages = new SitePages();

	private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

	/** Time the unit pages took, to show what the site adds to the report step. */
	private final LongAdder pageNanos = new LongAdder();

	private final RuleSet rules;

	private final ReportSettings settings;

	public ReportRenderer(NamedParameterJdbcTemplate jdbc, RuleSet rules, ReportSettings settings, Province province) {
		this.jdbc = jdbc;
		this.stored = new StoredResults(jdbc, rules);
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
	 * Renders every scored unit's scorecard into {@code directory/units/}; returns how
	 * many.
	 */
	public int renderUnits(long runId, Windows windows, LocalDate asOf, Path directory) {
		long start = System.nanoTime();
		JasperReport report = template("unit_scorecard");
		List<Unit> units = stored.units(runId, windows.period());
		Map<UnitType, Long> rankedByType = units.stream()
			.filter(u -> u.rank() != null)
			.collect(Collectors.groupingBy(Unit::type, Collectors.counting()));
		UnitScorecard.Shared run = new UnitScorecard.Shared(runId, windows, asOf, rules, settings, rankedByType,
				Course.of(jdbc, runId));
		Map<String, Object> site = site(runId, windows, asOf);
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<?>> rendering = List.of();
			for (int from = 0; from < units.size();) {
				List<Unit> batch = units.subList(from,
						Math.min(units.size(), from + (from == 0 ? FIRST_BATCH : BATCH)));
				// read while the pool renders the batch before: two batches at most are
				// ever held
				List<UnitScorecard.Facts> facts = facts(run, batch);
				await(rendering);
				logProgress(from, units.size(), start);
				rendering = facts.stream()
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
	public void renderRanking(long runId, Windows windows, LocalDate asOf, Path directory) {
		Period period = windows.period();
		JasperReport report = template("ranking");
		List<Unit> units = stored.units(runId, period);
		var results = stored.results(runId, period, units.stream().map(Unit::code).toList());
		Map<String, Unit> previous = period.previous()
			.map(p -> stored.units(runId, p))
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(Unit::code, u -> u));
		RankingReport.Context context = new RankingReport.Context(period, rules, previous,
				ProvinceTotals.of(jdbc, runId, windows, rules), ProvinceCoverage.of(jdbc, windows).notApplicable(),
				WatchList.of(jdbc.getJdbcTemplate(), runId), stored.fileLines(runId), stored.rejectsByUnit(runId),
				stored.warnings(runId), Undelivered.of(jdbc.getJdbcTemplate(), runId, period.toString()),
				PossiblyIncomplete.of(jdbc, windows));
		Map<String, Object> parameters = UnitScorecard.documentHeader(settings, asOf);
		String title = "Kết quả xếp hạng chấp hành chỉ đạo, điều hành " + period.inWords()
				+ UnitScorecard.provisionalNote(windows);
		parameters.put("titleLine", title);
		parameters.put("basisLine", UnitScorecard.basisLine(rules, asOf, runId));
		parameters.put("provinceRows", new JRMapCollectionDataSource(RankingReport.provinceRows(context)));
		parameters.put("bandsTitle",
				"2. Số đơn vị theo xếp loại so với " + period.previous().map(Period::inWords).orElse("kỳ trước"));
		parameters.put("bandRows", new JRMapCollectionDataSource(RankingReport.bandRows(units, context)));
		List<Map<String, ?>> watch = RankingReport.watchRows(units, context);
		parameters.put("watchRows", new JRMapCollectionDataSource(watch));
		parameters.put("watchEmpty", watch.isEmpty());
		parameters.put("notes", RankingReport.notes(units, context));
		parameters.put("recipients", RankingReport.RECIPIENTS);
		parameters.put("signerTitle", settings.signerTitle());
		parameters.put("signerName", settings.signerName());
		PdfDocuments.write(report, parameters, RankingReport.rows(units, results, rules),
				directory.resolve("ranking.pdf"), directory.resolve("ranking.docx"), title, settings.issuer(),
				title + " của các sở, ban, ngành và xã, phường");
		List<String> facts = new ArrayList<>(
				List.of("Kỳ: " + period.inWords() + " (" + period + ")", "Lần tính số " + runId,
						"Bộ tiêu chí phiên bản " + rules.version(), "Số liệu đến ngày " + Vietnamese.date(asOf)));
		stored.fileLines(runId).forEach(line -> facts.add("Tệp " + line));
		pages.writeIndex(site(runId, windows, asOf), facts, stored.warnings(runId), units, results, context, directory);
		log.info("ranking report written: {} units, as PDF, as DOCX and as the site's index.html", units.size());
	}

	/** What every page of the run's site shows at its top. */
	private Map<String, Object> site(long runId, Windows windows, LocalDate asOf) {
		return SitePages.site(settings, windows, UnitScorecard.basisLine(rules, asOf, runId));
	}

	private List<UnitScorecard.Facts> facts(UnitScorecard.Shared run, List<Unit> batch) {
		Period period = run.period();
		List<String> codes = batch.stream().map(Unit::code).toList();
		var results = stored.results(run.runId(), period, codes);
		var previousResults = period.previous().map(p -> stored.results(run.runId(), p, codes)).orElse(Map.of());
		var previousScores = period.previous().map(p -> stored.scores(run.runId(), p, codes)).orElse(Map.of());
		Map<String, Course.UnitCourse> courses = run.course().units(jdbc, run.runId(), codes);
		Map<Indicator, Map<String, Annex>> annexes = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			if (indicator.countsRecords()) {
				annexes.put(indicator,
						stored.failedRecords(indicator, run.windows(), codes, UnitScorecard.ANNEX_LIMIT));
			}
		}
		Map<String, LocalDate> reports = period.reportPeriod() == null ? Map.of()
				: stored.reportsSubmitted(period.reportPeriod(), codes);
		List<UnitScorecard.Facts> facts = new ArrayList<>();
		for (Unit unit : batch) {
			Map<Indicator, Annex> unitAnnexes = new EnumMap<>(Indicator.class);
			annexes.forEach((indicator, byUnit) -> {
				if (byUnit.containsKey(unit.code())) {
					unitAnnexes.put(indicator, byUnit.get(unit.code()));
				}
			});
			facts.add(new UnitScorecard.Facts(unit, results.get(unit.code()),
					previousResults.getOrDefault(unit.code(), Map.of()), previousScores.get(unit.code()),
					courses.get(unit.code()), unitAnnexes, reports.get(unit.code())));
		}
		return facts;
	}

	/**
	 * Writes the unit's scorecard as {@code units/<code>.pdf} and its page of the site
	 * beside it.
	 */
	private void write(JasperReport report, Map<String, Object> site, UnitScorecard.Shared run,
			UnitScorecard.Facts facts, Path directory) {
		Unit unit = facts.unit();
		Path units = directory.resolve("units").normalize();
		Path file = units.resolve(unit.code() + ".pdf").normalize();
		if (!units.equals(file.getParent())) {
			// unit codes are [A-Za-z0-9._-]+, so this cannot happen; it guards that rule
			throw new IllegalStateException("unit code " + unit.code() + " would write outside " + units);
		}
		// the page and the PDF say the same things: their texts are made once
		Map<String, Object> parameters = UnitScorecard.parameters(run, facts);
		List<Map<String, ?>> rows = UnitScorecard.tableRows(facts);
		long pageStart = System.nanoTime();
		pages.writeUnit(site, run, facts, parameters, rows, units.resolve(unit.code() + ".html"));
		pageNanos.add(System.nanoTime() - pageStart);
		PdfDocuments.write(report, parameters, rows, file, "Bảng điểm: " + unit.name() + ", " + run.period().inWords(),
				settings.issuer(), UnitScorecard.title(run, unit));
	}

}
