package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.support.Pipeline;

/**
 * A first load fills an empty table in bulk and builds its key and indexes after; a
 * repeated key sends it back to the usual path, which names the repetition. Which path
 * ran shows in the indexes: the bulk path builds them anew (new object ids), the usual
 * path leaves them be.
 */
class FirstLoadTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 5);

	private static final String UNITS = """
			unit_code,unit_name,unit_type
			SO01,Sở Nội vụ,SO
			""";

	@Test
	void anEmptyTableIsFilledInBulkWithItsKeyAndIndexesBuiltAfter(@TempDir Path input) {
		// D3's number holds what COPY's text format reserves: a backslash, a tab and a
		// line break
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("documents.csv", """
				unit_code,doc_id,issued_on,doc_number
				SO01,D1,2026-09-10,1/SNV
				SO01,D2,10/09/2026,2/SNV
				SO01,D3,2026-09-12,"3\\SNV\tbản
				sao"
				""")) {
			List<Long> before = indexIds(pipeline);
			assertThat(pipeline.load(AS_OF))
				.extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected)
				.containsExactly(tuple("units.csv", 1L, 1L, 0L), tuple("documents.csv", 3L, 2L, 1L));
			assertThat(pipeline.rejects())
				.containsExactly("documents.csv 3 issued_on 10/09/2026 ngày không đúng định dạng yyyy-MM-dd");
			assertThat(documents(pipeline)).containsExactly("SO01 D1 2026-09-10", "SO01 D3 2026-09-12");
			assertThat(pipeline.database()
				.jdbc()
				.queryForList("SELECT doc_number FROM document ORDER BY doc_id", String.class))
				.containsExactly("1/SNV", "3\\SNV\tbản\nsao");
			assertThat(indexes(pipeline)).containsExactly("document_issued_on", "document_pkey");
			assertThat(indexIds(pipeline)).doesNotContainAnyElementsOf(before);
			// copied frozen into the truncated table, and analysed: every page visible to
			// all, the rows counted
			assertThat(pipeline.database()
				.jdbc()
				.queryForMap(
						"SELECT relpages, relallvisible, reltuples::bigint AS tuples FROM pg_class WHERE oid = 'document'::regclass"))
				.containsEntry("relpages", 1)
				.containsEntry("relallvisible", 1)
				.containsEntry("tuples", 2L);

			// the table has rows now: the next load upserts into it, indexes untouched;
			// documents.csv no longer
			// holds D3 of September, a month it still covers, so D3 is withdrawn (SPEC §2
			// v3)
			pipeline.file("documents.csv", """
					unit_code,doc_id,issued_on
					SO01,D1,2026-09-11
					SO01,D4,2026-09-13
					""");
			List<Long> built = indexIds(pipeline);
			assertThat(pipeline.load(AS_OF)).extracting(FileStats::loaded, FileStats::withdrawn)
				.containsExactly(tuple(1L, 0L), tuple(2L, 1L));
			assertThat(documents(pipeline)).containsExactly("SO01 D1 2026-09-11", "SO01 D4 2026-09-13");
			assertThat(indexIds(pipeline)).isEqualTo(built);
		}
	}

	@Test
	void aRepeatedKeySendsTheFirstLoadBackToTheUsualPath(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("documents.csv", """
				unit_code,doc_id,issued_on
				SO01,D1,2026-09-10
				SO01,D2,2026-09-11
				SO01,D1,2026-09-12
				""")) {
			List<Long> before = indexIds(pipeline);
			assertThat(pipeline.load(AS_OF)).extracting(FileStats::name, FileStats::loaded, FileStats::rejected)
				.containsExactly(tuple("units.csv", 1L, 0L), tuple("documents.csv", 2L, 1L));
			assertThat(pipeline.rejects())
				.containsExactly("documents.csv 4 doc_id D1 trùng khóa với dòng 2 trong cùng tệp");
			assertThat(documents(pipeline)).containsExactly("SO01 D1 2026-09-10", "SO01 D2 2026-09-11");
			// rolled back to before the bulk insert: the very same indexes
			assertThat(indexIds(pipeline)).isEqualTo(before);
		}
	}

	@Test
	void aKeyAfterTheSameKeyRejectedIsARepetitionOnTheFirstLoadToo(@TempDir Path input) {
		// line 2 is rejected for its date, and line 3 repeats its key (SPEC §2): a bulk
		// insert alone would keep line 3
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("documents.csv", """
				unit_code,doc_id,issued_on
				SO01,D1,2026-13-01
				SO01,D1,2026-09-12
				SO01,D2,2026-09-13
				""")) {
			List<Long> before = indexIds(pipeline);
			assertThat(pipeline.load(AS_OF)).extracting(FileStats::name, FileStats::loaded, FileStats::rejected)
				.containsExactly(tuple("units.csv", 1L, 0L), tuple("documents.csv", 1L, 2L));
			assertThat(pipeline.rejects()).containsExactly(
					"documents.csv 2 issued_on 2026-13-01 ngày không có thật (tháng hoặc ngày không tồn tại)",
					"documents.csv 3 doc_id D1 trùng khóa với dòng 2 trong cùng tệp");
			assertThat(documents(pipeline)).containsExactly("SO01 D2 2026-09-13");
			assertThat(indexIds(pipeline)).isEqualTo(before);
		}
	}

	@Test
	void aTableLoadedMeanwhileByAnotherRunIsNotEmptiedByThisOne(@TempDir Path input) throws Exception {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("documents.csv", """
				unit_code,doc_id,issued_on
				SO01,D2,2026-09-11
				""")) {
			// another run's load has written a document and not yet committed when this
			// load starts:
			// this one finds the table empty, then waits for the lock, and must not
			// truncate what was committed
			try (Connection other = pipeline.database().dataSource().getConnection()) {
				other.setAutoCommit(false);
				try (Statement insert = other.createStatement()) {
					insert.execute(
							"INSERT INTO document (unit_code, doc_id, issued_on) VALUES ('SO01', 'D1', '2026-09-10')");
				}
				CompletableFuture<List<FileStats>> load = CompletableFuture.supplyAsync(() -> pipeline.load(AS_OF));
				// the load waits for the table's lock, which the other transaction holds:
				// seen in pg_locks, not guessed by a sleep
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
				while (!pipeline.database().waitingOn("document")) {
					assertThat(load).as("the load went on without waiting for the other run").isNotDone();
					assertThat(System.nanoTime()).as("waited in vain for the load to wait").isLessThan(deadline);
					Thread.onSpinWait();
				}
				assertThat(load).isNotDone();
				other.commit();
				assertThat(load.get(60, TimeUnit.SECONDS)).extracting(FileStats::loaded).containsExactly(1L, 1L);
			}
			assertThat(documents(pipeline)).containsExactly("SO01 D1 2026-09-10", "SO01 D2 2026-09-11");
		}
	}

	private static List<String> indexes(Pipeline pipeline) {
		return pipeline.database()
			.jdbc()
			.queryForList("SELECT indexname::text FROM pg_indexes WHERE tablename = 'document' ORDER BY 1",
					String.class);
	}

	private static List<Long> indexIds(Pipeline pipeline) {
		return pipeline.database()
			.jdbc()
			.queryForList("SELECT indexrelid::bigint FROM pg_index WHERE indrelid = 'document'::regclass ORDER BY 1",
					Long.class);
	}

	private static List<String> documents(Pipeline pipeline) {
		return pipeline.database()
			.jdbc()
			.queryForList(
					"SELECT unit_code || ' ' || doc_id || ' ' || issued_on FROM document ORDER BY unit_code, doc_id",
					String.class);
	}

}
