package vn.gov.scorecard.ingest;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.scorecard.database.SqlFile;

/**
 * Moves the staged rows of a kind into its table when the table is empty, the way a bulk load
 * should: with the table's key and indexes dropped, one plain insert, and the key and indexes
 * built once after it. Maintaining them row by row was most of a first load's time.
 * <p>
 * Building the primary key is also the check that no key repeats, which the usual path makes
 * beforehand over every staged row. When a key does repeat, or a staged key is that of a rejected
 * row (which may make it a repetition), everything done here is rolled back to a savepoint and
 * the caller takes the usual path, which names each repetition's line.
 * <p>
 * The table stays locked until the load's transaction ends: a run of another period that reads
 * it meanwhile waits.
 */
final class FirstLoad {

	private final JdbcTemplate jdbc;

	FirstLoad(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An index of the table: its primary key (with the constraint's name and definition) or another index. */
	private record Index(String name, String definition, String keyName, String keyDefinition) {

		String drop(String table) {
			return keyName == null ? "DROP INDEX " + name : "ALTER TABLE " + table + " DROP CONSTRAINT " + keyName;
		}

		String create(String table) {
			return keyName == null ? definition : "ALTER TABLE " + table + " ADD CONSTRAINT " + keyName + " " + keyDefinition;
		}
	}

	/** Whether the staged rows are in the table, with its key and indexes; false leaves everything as it was. */
	boolean tryInto(StagingSql sql, String[] fileNames, long runId) {
		String table = sql.kind().table();
		if (jdbc.queryForObject(sql.tableHasRows(), Boolean.class)) {
			return false;
		}
		List<Index> indexes = jdbc.query(SqlFile.read("load/table_indexes.sql"),
				(row, i) -> new Index(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), table);
		jdbc.execute("SAVEPOINT first_load");
		try {
			indexes.forEach(index -> jdbc.execute(index.drop(table)));
			jdbc.update(sql.insertStaged());
			indexes.forEach(index -> jdbc.execute(index.create(table)));
			if (jdbc.queryForObject(sql.stagedKeyOfRejectedRow(), Boolean.class, fileNames, runId)) {
				jdbc.execute("ROLLBACK TO SAVEPOINT first_load");
				return false;
			}
		}
		catch (DuplicateKeyException repeatedKey) {
			jdbc.execute("ROLLBACK TO SAVEPOINT first_load");
			return false;
		}
		jdbc.execute("RELEASE SAVEPOINT first_load");
		return true;
	}
}
