package vn.gov.scorecard.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.changes.RunChanges.Change;
import vn.gov.scorecard.changes.RunChanges.IndicatorChange;
import vn.gov.scorecard.changes.RunChanges.Reasons;
import vn.gov.scorecard.changes.RunChanges.UnitChange;
import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult.Status;

/**
 * Compares a run's results for its period with those of the completed run it replaces.
 * Both are in the database under their run ids (a run's results are never deleted), so
 * the comparison can be made again at any time and always says the same.
 */
@Component
public class ReplacedRunComparison {

	private static final String STANDINGS = SqlFile.read("changes/standings.sql");

	private static final String INDICATORS = SqlFile.read("changes/indicators.sql");

	private static final String UNIT_FILES = SqlFile.read("changes/unit_files.sql");

	private static final Comparator<UnitChange> ORDER = Comparator
		.comparing((UnitChange unit) -> !unit.standingChanged())
		.thenComparing(UnitChange::unitType)
		.thenComparing(unit -> unit.rank().after(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(UnitChange::unitCode);

	private final NamedParameterJdbcTemplate jdbc;

	ReplacedRunComparison(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What {@code run} changed in {@code period} against {@code replaced}. */
	public RunChanges compare(Period period, ComparedRun replaced, ComparedRun run) {
		MapSqlParameterSource parameters = parameters(period, replaced.runId(), run.runId());
		List<UnitChange> standings = standings(parameters);
		List<UnitChange> changed = standings.stream().filter(UnitChange::changed).toList();
		List<String> delivered = filesDelivered(parameters);
		// without a delivery there is no file to name (a withdrawal or a nil return comes
		// with one), and the search through the records is spared
		List<UnitChange> units = (delivered.isEmpty() ? changed : withRecords(parameters, changed)).stream()
			.sorted(ORDER)
			.toList();
		Reasons reasons = new Reasons(
				Objects.equals(ruleSet(replaced), ruleSet(run)) ? null
						: new Change<>(replaced.ruleSet(), run.ruleSet()),
				replaced.asOf().equals(run.asOf()) ? null : new Change<>(replaced.asOf(), run.asOf()), delivered,
				Objects.requireNonNull(jdbc.queryForObject(
						"SELECT count(*) FROM run_withdrawn WHERE run_id > :replaced AND run_id <= :run", parameters,
						Long.class)));
		return new RunChanges(replaced.runId(), replaced.finishedAt(), reasons, standings.size(), units);
	}

	/**
	 * How many units changed, without the reasons: for {@code --history}, which asks it
	 * of every run that replaced another.
	 */
	public long unitsChanged(Period period, long replacedRunId, long runId) {
		return standings(parameters(period, replacedRunId, runId)).stream().filter(UnitChange::changed).count();
	}

	private static MapSqlParameterSource parameters(Period period, long replacedRunId, long runId) {
		return new MapSqlParameterSource("replaced", replacedRunId).addValue("run", runId)
			.addValue("period", period.toString());
	}

	/** Every unit either run scored, with its indicators that changed. */
	private List<UnitChange> standings(MapSqlParameterSource parameters) {
		Map<String, List<IndicatorChange>> indicators = new HashMap<>();
		jdbc.query(INDICATORS, parameters, row -> {
			indicators.computeIfAbsent(row.getString("unit_code"), unit -> new ArrayList<>()).add(indicatorChange(row));
		});
		return jdbc.query(STANDINGS, parameters,
				(row, i) -> new UnitChange(row.getString("unit_code"), row.getString("unit_name"),
						UnitType.valueOf(row.getString("unit_type")),
						new Change<>(row.getBoolean("scored_before"), row.getBoolean("scored_after")),
						new Change<>(row.getBigDecimal("score_before"), row.getBigDecimal("score_after")),
						new Change<>(row.getString("band_before"), row.getString("band_after")),
						new Change<>((Integer) row.getObject("rank_before"), (Integer) row.getObject("rank_after")),
						indicators.getOrDefault(row.getString("unit_code"), List.of()), List.of(), 0));
	}

	/**
	 * Runs from before SPEC v3 recorded no rule set: nothing is known to have changed.
	 */
	private static String ruleSet(ComparedRun run) {
		return run.ruleSet() == null ? null : run.ruleSet() + "/" + run.ruleSetSha256();
	}

	private List<String> filesDelivered(MapSqlParameterSource parameters) {
		return jdbc.queryForList("""
				SELECT DISTINCT file_name COLLATE "C" FROM file_delivery WHERE run_id > :replaced AND run_id <= :run
				ORDER BY 1""", parameters, String.class);
	}

	/**
	 * The changed units, each whose own figures changed with the files and withdrawals
	 * behind it.
	 */
	private List<UnitChange> withRecords(MapSqlParameterSource parameters, List<UnitChange> units) {
		List<String> codes = units.stream().filter(UnitChange::figuresChanged).map(UnitChange::unitCode).toList();
		if (codes.isEmpty()) {
			return units;
		}
		MapSqlParameterSource listed = new MapSqlParameterSource(parameters.getValues()).addValue("units", codes);
		Map<String, List<String>> files = new HashMap<>();
		jdbc.query(UNIT_FILES, listed, row -> {
			files.computeIfAbsent(row.getString(1), unit -> new ArrayList<>()).add(row.getString(2));
		});
		Map<String, Long> withdrawn = new HashMap<>();
		jdbc.query("""
				SELECT unit_code, count(*) FROM run_withdrawn
				WHERE run_id > :replaced AND run_id <= :run AND unit_code IN (:units) GROUP BY unit_code""", listed,
				row -> {
					withdrawn.put(row.getString(1), row.getLong(2));
				});
		return units.stream()
			.map(unit -> new UnitChange(unit.unitCode(), unit.unitName(), unit.unitType(), unit.scored(), unit.score(),
					unit.classification(), unit.rank(), unit.indicators(),
					files.getOrDefault(unit.unitCode(), List.of()), withdrawn.getOrDefault(unit.unitCode(), 0L)))
			.toList();
	}

	private static IndicatorChange indicatorChange(ResultSet row) throws SQLException {
		return new IndicatorChange(Indicator.valueOf(row.getString("indicator")),
				new Change<>(longOrNull(row, "numerator_before"), longOrNull(row, "numerator_after")),
				new Change<>(longOrNull(row, "denominator_before"), longOrNull(row, "denominator_after")),
				new Change<>(row.getBigDecimal("value_before"), row.getBigDecimal("value_after")),
				new Change<>(status(row.getString("status_before")), status(row.getString("status_after"))),
				new Change<>(row.getBigDecimal("points_before"), row.getBigDecimal("points_after")),
				new Change<>(row.getBigDecimal("weight_before"), row.getBigDecimal("weight_after")),
				new Change<>(row.getString("target_before"), row.getString("target_after")));
	}

	private static Long longOrNull(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	private static Status status(String status) {
		return status == null ? null : Status.valueOf(status);
	}

}
