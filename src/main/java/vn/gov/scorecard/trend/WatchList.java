package vn.gov.scorecard.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.Format;
import vn.gov.scorecard.scoring.ScoreRepository;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.scoring.UnitScore;

/**
 * The units that fall short "nhiều lần" (Thái Nguyên 7176 §5; SPEC §6): classified in the
 * lowest band in this period and the one before, or ranked in the lowest tenth of their
 * type (the ⌈n/10⌉ lowest ranks of n ranked units, ties included, but never rank 1) in
 * each of the last three periods. Every period is read as the run scored it, under the
 * run's rule set. Kept with the run, so that the ranking report, run.json and the
 * workbook name the same units for the same reasons.
 */
@Component
public class WatchList {

	/**
	 * A unit on the watch list and why, in Vietnamese; its type and current rank order
	 * the list.
	 */
	public record Entry(String unitCode, UnitType unitType, int rank, String reason) {
	}

	/** A unit on the watch list kept with a run, and why, as run.json names them. */
	public record Watched(@JsonProperty("unit_code") String unitCode, String reason) {
	}

	/** Periods in a row that the lowest tenth must hold a unit. */
	static final int LOWEST_TENTH_PERIODS = 3;

	private final JdbcTemplate jdbc;

	private final ScoreRepository scores;

	public WatchList(JdbcTemplate jdbc, ScoreRepository scores) {
		this.jdbc = jdbc;
		this.scores = scores;
	}

	/**
	 * Works out the watch list of run {@code runId} for {@code period} and keeps it with
	 * the run.
	 */
	public void replace(long runId, Period period, RuleSet rules) {
		List<Entry> entries = compute(runId, period, rules);
		jdbc.update("DELETE FROM watch_list WHERE run_id = ?", runId);
		for (int i = 0; i < entries.size(); i++) {
			jdbc.update("INSERT INTO watch_list (run_id, position, unit_code, reason) VALUES (?, ?, ?, ?)", runId, i,
					entries.get(i).unitCode(), entries.get(i).reason());
		}
	}

	/** The watch list kept with run {@code runId}, in its order. */
	public List<Watched> kept(long runId) {
		return jdbc.query("SELECT unit_code, reason FROM watch_list WHERE run_id = ? ORDER BY position",
				(row, i) -> new Watched(row.getString(1), row.getString(2)), runId);
	}

	List<Entry> compute(long runId, Period period, RuleSet rules) {
		List<Period> recent = period.course(LOWEST_TENTH_PERIODS);
		List<Map<String, UnitScore>> standings = recent.stream().map(p -> standings(runId, p)).toList();
		List<Map<UnitType, Long>> rankedCounts = standings.stream().map(WatchList::rankedByType).toList();
		List<Map<UnitType, Integer>> lowestTenthFrom = standings.stream().map(WatchList::lowestTenthFrom).toList();
		String lowestBand = rules.bands().get(rules.bands().size() - 1).name();
		List<Entry> entries = new ArrayList<>();
		for (UnitScore now : standings.get(0).values()) {
			if (now.rank() == null) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			UnitScore before = recent.size() < 2 ? null : standings.get(1).get(now.unitCode());
			if (lowestBand.equals(now.classification()) && before != null
					&& lowestBand.equals(before.classification())) {
				reasons.add(lowestBand + " 2 kỳ liên tiếp (" + recent.get(1).inShortWords() + ": " + points(before)
						+ "; " + recent.get(0).inShortWords() + ": " + points(now) + ")");
			}
			List<String> ranks = new ArrayList<>();
			for (int i = recent.size() - 1; i >= 0; i--) {
				UnitScore then = standings.get(i).get(now.unitCode());
				Integer from = lowestTenthFrom.get(i).get(now.unitType());
				// a unit no other unit of its type outranks (the only one, or all tied)
				// is not the lowest of anything
				if (then != null && then.rank() != null && from != null && then.rank() >= from && then.rank() > 1) {
					ranks.add(recent.get(i).inShortWords() + ": hạng " + then.rank() + "/"
							+ rankedCounts.get(i).get(now.unitType()));
				}
			}
			if (ranks.size() == LOWEST_TENTH_PERIODS) {
				reasons.add("Thuộc nhóm 10% thấp nhất của các " + now.unitType().group() + " " + LOWEST_TENTH_PERIODS
						+ " kỳ liên tiếp (" + String.join("; ", ranks) + ")");
			}
			if (!reasons.isEmpty()) {
				entries.add(new Entry(now.unitCode(), now.unitType(), now.rank(), String.join(". ", reasons) + "."));
			}
		}
		entries.sort(Comparator.comparing(Entry::unitType)
			.thenComparing(Entry::rank, Comparator.reverseOrder())
			.thenComparing(Entry::unitCode));
		return entries;
	}

	private static Map<UnitType, Long> rankedByType(Map<String, UnitScore> standings) {
		return standings.values()
			.stream()
			.filter(s -> s.rank() != null)
			.collect(Collectors.groupingBy(UnitScore::unitType, Collectors.counting()));
	}

	/**
	 * For each unit type, the rank from which a unit is in the lowest tenth: of n ranked
	 * units, the ⌈n/10⌉ lowest places, ties included, begin at place n − ⌈n/10⌉ + 1, and
	 * every unit ranked at or below the unit in that place is in (it shares that place's
	 * rank or comes after it).
	 */
	private static Map<UnitType, Integer> lowestTenthFrom(Map<String, UnitScore> standings) {
		Map<UnitType, Integer> from = new EnumMap<>(UnitType.class);
		standings.values()
			.stream()
			.filter(s -> s.rank() != null)
			.collect(Collectors.groupingBy(UnitScore::unitType,
					Collectors.mapping(UnitScore::rank, Collectors.toList())))
			.forEach((type, ranks) -> {
				ranks.sort(Comparator.naturalOrder());
				int n = ranks.size();
				from.put(type, ranks.get(n - (n + 9) / 10));
			});
		return from;
	}

	private static String points(UnitScore standing) {
		return Format.twoDecimals(standing.score()).replace('.', ',') + " điểm";
	}

	private Map<String, UnitScore> standings(long runId, Period period) {
		return scores.ranking(runId, period)
			.stream()
			.collect(Collectors.toMap(ScoredUnit::code, ScoredUnit::scored, (a, b) -> a, LinkedHashMap::new));
	}

}
