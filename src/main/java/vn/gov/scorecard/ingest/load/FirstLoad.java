package vn.gov.scorecard.ingest.load;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.scorecard.database.SqlFile;

/**
 * A first load of a kind, into its empty table, made the way a bulk load should be: the
 * table is truncated (it is empty: this lets COPY write the rows already frozen and
 * visible to all, so the count step does not pay for setting their hint bits) and its key
 * and indexes are dropped, the rows are copied straight in, and the key and indexes are
 * built once after, and the table analysed. Maintaining the indexes row by row, and
 * staging the rows first, was most of a first load.
 * <p>
 * Building the primary key is also the check that no key repeats, which the usual path
 * makes beforehand over every staged row. When a key does repeat, or a loaded key is that
 * of a rejected row (which may make it a repetition), everything since {@link #begin} is
 * rolled back to a savepoint, rejects included, and the caller reads the files again the
 * usual way, which names each repetition's line.
 * <p>
 * The table stays locked until the load's transaction ends: a run of another period that
 * reads it meanwhile waits.
 */
final class FirstLoad {

	private final JdbcTemplate jdbc;

	private final StagingSql sql;

	private final List<Index> indexes;

	private FirstLoad(JdbcTemplate jdbc, StagingSql sql, List<Index> indexes) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.indexes = indexes;
	}

	/**
	 * An index of the table: its primary key (with the constraint's name and definition)
	 * or another index.
	 */
	private record Index(String name, String definition, String keyName, String keyDefinition) {

		String drop(String table) {
			return keyName == null ? "DROP INDEX " + name : "ALTER TABLE " + table + " DROP CONSTRAINT " + keyName;
		}

		String create(String table) {
			return keyName == null ? definition
					: "ALTER TABLE " + table + " ADD CONSTRAINT " + keyName + " " + keyDefinition;
		}
	}

	/**
	 * When the kind's table is empty: a savepoint, then the table without its key and
	 * indexes, ready for the rows.
	 */
	static Optional<FirstLoad> begin(JdbcTemplate jdbc, StagingSql sql) {
		String table = sql.kind().table();
		if (jdbc.queryForObject(sql.tableHasRows(), Boolean.class)) {
			return Optional.empty();
		}
		jdbc.execute("SAVEPOINT first_load");
		// asked again under the lock: a run of another period may have loaded the table
		// meanwhile
		jdbc.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
		if (jdbc.queryForObject(sql.tableHasRows(), Boolean.class)) {
			jdbc.execute("ROLLBACK TO SAVEPOINT first_load");
			return Optional.empty();
		}
		List<Index> indexes = jdbc.query(SqlFile.read("load/table_indexes.sql"),
				(row, i) -> new Index(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), table);
		jdbc.execute("TRUNCATE " + table);
		indexes.forEach(index -> jdbc.execute(index.drop(table)));
		return Optional.of(new FirstLoad(jdbc, sql, indexes));
	}

	/**
	 * Builds the key and indexes over the rows copied in. False when a key repeats: then
	 * the table is empty again, with its key and indexes, and no reject of the files is
	 * kept.
	 */
	boolean finish(String[] fileNames, long runId) {
		String table = sql.kind().table();
		try {
			indexes.forEach(index -> jdbc.execute(index.create(table)));
			if (jdbc.queryForObject(sql.loadedKeyOfRejectedRow(), Boolean.class, fileNames, runId)) {
				jdbc.execute("ROLLBACK TO SAVEPOINT first_load");
				return false;
			}
		}
		catch (DuplicateKeyException repeatedKey) {
			jdbc.execute("ROLLBACK TO SAVEPOINT first_load");
			return false;
		}
		jdbc.execute("ANALYZE " + table);
		jdbc.execute("RELEASE SAVEPOINT first_load");
		return true;
	}

}
