package vn.gov.scorecard.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.rows.KeyCells;

/**
 * What a run on a checked folder would withdraw from a database (SPEC §2 v3, §7
 * {@code --check}): the records that a path delivered before with other content, in a
 * month the path now covers, that no file of the kind now holds. The same rule as the
 * run's, over what the check read.
 */
public final class CheckedWithdrawals {

	/** One record a run would withdraw: as withdrawn.csv lists it. */
	public record Record(String file, String unitCode, String recordId, Long firstRun) {
	}

	private CheckedWithdrawals() {
	}

	public static List<Record> of(Connection connection, InputCheck.Result result) throws SQLException {
		List<Record> withdrawn = new ArrayList<>();
		if (!tableExists(connection, "file_delivery")) {
			return withdrawn;
		}
		for (InputCheck.Coverage coverage : result.coverage()) {
			InputKind kind = coverage.kind();
			String id = KeyCells.idColumn(kind);
			String event = kind.firstEventColumn().orElseThrow();
			for (String path : changedPaths(connection, coverage.sha256ByPath())) {
				try (PreparedStatement query = connection
					.prepareStatement("SELECT unit_code, " + id + ", " + event + ", sheet, first_run FROM "
							+ kind.table() + " WHERE file_name = ? ORDER BY unit_code, natural_key(" + id + ")")) {
					query.setString(1, path);
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next()) {
							LocalDate month = rows.getObject(3, LocalDate.class).withDayOfMonth(1);
							String key = rows.getString(1) + '\u0000' + rows.getString(2);
							if (coverage.monthsByPath().get(path).contains(month) && !coverage.keys().contains(key)) {
								String sheet = rows.getString(4);
								withdrawn.add(new Record(sheet == null ? path : path + "#" + sheet, rows.getString(1),
										rows.getString(2), rows.getObject(5, Long.class)));
							}
						}
					}
				}
			}
		}
		return withdrawn;
	}

	/** The paths whose content differs from their last delivery. */
	private static List<String> changedPaths(Connection connection, Map<String, String> sha256ByPath)
			throws SQLException {
		Map<String, String> latest = new HashMap<>();
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT DISTINCT ON (file_name) file_name, sha256 FROM file_delivery WHERE file_name = ANY (?)
				ORDER BY file_name, run_id DESC""")) {
			query.setArray(1, connection.createArrayOf("text", sha256ByPath.keySet().toArray()));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					latest.put(rows.getString(1), rows.getString(2));
				}
			}
		}
		return sha256ByPath.keySet()
			.stream()
			.filter(path -> latest.containsKey(path) && !latest.get(path).equals(sha256ByPath.get(path)))
			.toList();
	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			query.setString(1, table);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getBoolean(1);
			}
		}
	}

}
