package vn.gov.scorecard.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.Format;

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

	/** A unit's standing in one period, as the score step stored it. */
	private record Standing(String unitCode, UnitType unitType, BigDecimal score, String classification, Integer rank) {
	}

	/** Periods in a row that the lowest tenth must hold a unit. */
	static final int LOWEST_TENTH_PERIODS = 3;

	private final NamedParameterJdbcTemplate jdbc;

	public WatchList(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Works out the watch list of run {@code runId} for {@code period} and keeps it with
	 * the run.
	 */
	public void replace(long runId, Period period, RuleSet rules) {
		List<Entry> entries = compute(runId, period, rules);
		JdbcTemplate plain = jdbc.getJdbcTemplate();
		plain.update("DELETE FROM watch_list WHERE run_id = ?", runId);
		for (int i = 0; i < entries.size(); i++) {
			plain.update("INSERT INTO watch_list (run_id, position, unit_code, reason) VALUES (?, ?, ?, ?)", runId, i,
					entries.get(i).unitCode(), entries.get(i).reason());
		}
	}

	/** The watch list kept with run {@code runId}, in its order: unit code and reason. */
	public static List<Map.Entry<String, String>> of(JdbcTemplate jdbc, long runId) {
		return jdbc.query("SELECT unit_code, reason FROM watch_list WHERE run_id = ? ORDER BY position",
				(row, i) -> Map.entry(row.getString(1), row.getString(2)), runId);
	}

	List<Entry> compute(long runId, Period period, RuleSet rules) {
		List<Period> recent = period.course(LOWEST_TENTH_PERIODS);
		List<Map<String, Standing>> standings = recent.stream().map(p -> standings(runId, p)).toList();
		List<Map<UnitType, Long>> rankedCounts = standings.stream().map(WatchList::rankedByType).toList();
		List<Map<UnitType, Integer>> lowestTenthFrom = standings.stream().map(WatchList::lowestTenthFrom).toList();
		String lowestBand = rules.bands().get(rules.bands().size() - 1).name();
		List<Entry> entries = new ArrayList<>();
		for (Standing now : standings.get(0).values()) {
			if (now.rank() == null) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			Standing before = recent.size() < 2 ? null : standings.get(1).get(now.unitCode());
			if (lowestBand.equals(now.classification()) && before != null
					&& lowestBand.equals(before.classification())) {
				reasons.add(lowestBand + " 2 kỳ liên tiếp (" + recent.get(1).inShortWords() + ": " + points(before)
						+ "; " + recent.get(0).inShortWords() + ": " + points(now) + ")");
			}
			List<String> ranks = new ArrayList<>();
			for (int i = recent.size() - 1; i >= 0; i--) {
				Standing then = standings.get(i).get(now.unitCode());
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

	private static Map<UnitType, Long> rankedByType(Map<String, Standing> standings) {
		return standings.values()
			.stream()
			.filter(s -> s.rank() != null)
			.collect(Collectors.groupingBy(Standing::unitType, Collectors.counting()));
	}

	/**
	 * For each unit type, the rank from which a unit is in the lowest tenth: of n ranked
	 * units, the ⌈n/10⌉ lowest places, ties included, begin at place n − ⌈n/10⌉ + 1, and
	 * every unit ranked at or below the unit in that place is in (it shares that place's
	 * rank or comes after it).
	 */
	private static Map<UnitType, Integer> lowestTenthFrom(Map<String, Standing> standings) {
		Map<UnitType, Integer> from = new EnumMap<>(UnitType.class);
		standings.values()
			.stream()
			.filter(s -> s.rank() != null)
			.collect(Collectors.groupingBy(Standing::unitType, Collectors.mapping(Standing::rank, Collectors.toList())))
			.forEach((type, ranks) -> {
				ranks.sort(Comparator.naturalOrder());
				int n = ranks.size();
				from.put(type, ranks.get(n - (n + 9) / 10));
			});
		return from;
	}

	private static String points(Standing standing) {
		return Format.twoDecimals(standing.score()).replace('.', ',') + " điểm";
	}

	private Map<String, Standing> standings(long runId, Period period) {
		return jdbc
			.query("""
					SELECT unit_code, unit_type, score, classification, rank FROM unit_score
					WHERE run_id = :run_id AND period = :period
					ORDER BY unit_code COLLATE "C\"""",
					new MapSqlParameterSource("run_id", runId).addValue("period", period.toString()),
					(row, i) -> new Standing(row.getString(1), UnitType.valueOf(row.getString(2)), row.getBigDecimal(3),
							row.getString(4), (Integer) row.getObject(5)))
			.stream()
			.collect(Collectors.toMap(Standing::unitCode, s -> s, (a, b) -> a, LinkedHashMap::new));
	}

}
