package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.PostgresServer;

/**
 * On a real PostgreSQL server (Debian's 15): a Vietnamese ICU collation, and a refused
 * login.
 */
class PostgresServerIT {

	@Test
	void tiedUnitsAreListedInByteOrderUnderAVietnameseCollation(@TempDir Path work) throws Exception {
		PostgresServer server = PostgresServer.required();
		String url = server
			.createDatabase("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8'");
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
				ResultSet sorted = connection.createStatement()
					.executeQuery(
							"SELECT string_agg(c, ',' ORDER BY c) FROM (VALUES ('a3'), ('b1'), ('B2'), ('C4')) v(c)")) {
			sorted.next();
			// the precondition: this database's own order is not byte order
			assertThat(sorted.getString(1)).isEqualTo("a3,b1,B2,C4");
		}
		Path input = Files.createDirectories(work.resolve("in"));
		StringBuilder units = new StringBuilder("unit_code,unit_name,unit_type\n");
		StringBuilder items = new StringBuilder(
				"unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally\n");
		StringBuilder tasks = new StringBuilder("unit_code,task_id,assigned_on,due_on,completed_on\n");
		for (String code : List.of("a3", "b1", "B2", "C4")) {
			units.append(code).append(",Sở ").append(code).append(",SO\n");
			items.append(code).append(",1,TTHC,2026-03-02,2026-03-10,2026-03-05,true\n");
			tasks.append(code).append(",1,2026-03-01,2026-03-20,2026-03-19\n");
		}
		Files.writeString(input.resolve("units.csv"), units, StandardCharsets.UTF_8);
		Files.writeString(input.resolve("work_items.csv"), items, StandardCharsets.UTF_8);
		Files.writeString(input.resolve("tasks.csv"), tasks, StandardCharsets.UTF_8);
		Path out = work.resolve("out");
		assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-03", "--output=" + out, "--as-of=2026-04-05",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + server.password()))
			.isEqualTo(ExitCode.SUCCESS);
		// all four score 100 (DIGITAL, DOSSIER and TASK all met: 50 of weight), so all
		// rank 1,
		// listed by code in byte order: upper case before lower case
		assertThat(Files.readAllLines(out.resolve("2026-03/ranking.csv"), StandardCharsets.UTF_8)).containsExactly(
				"\uFEFFunit_code,unit_name,unit_type,score,classification,rank",
				"B2,Sở B2,SO,100.00,Hoàn thành xuất sắc nhiệm vụ,1",
				"C4,Sở C4,SO,100.00,Hoàn thành xuất sắc nhiệm vụ,1",
				"a3,Sở a3,SO,100.00,Hoàn thành xuất sắc nhiệm vụ,1",
				"b1,Sở b1,SO,100.00,Hoàn thành xuất sắc nhiệm vụ,1");
		assertThat(Files.readAllLines(out.resolve("2026-03/scores.csv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map(line -> line.substring(0, line.indexOf(',')))
			.distinct()).containsExactly("B2", "C4", "a3", "b1");
	}

	@Test
	void aRefusedLoginHasItsOwnMessageAndExitCode(@TempDir Path work) throws Exception {
		PostgresServer server = PostgresServer.required();
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n");
		String wrong = "not-the-password-" + System.nanoTime();
		try (ChildJvm child = ChildJvm.start(work.resolve("run.log"), "--input=" + input, "--period=2026-03",
				"--output=" + work.resolve("out"), "--as-of=2026-04-05",
				"--spring.datasource.url=" + server.createDatabase(""), "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=" + wrong)) {
			assertThat(child.exitCode(Duration.ofSeconds(60))).as(child.output()).isEqualTo(7);
			assertThat(child.output())
				.contains("scorecard: the database refused the login (check spring.datasource.username"
						+ " and spring.datasource.password, or SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD):"
						+ " FATAL: password authentication failed for user \"scorecard_test\"")
				.doesNotContain(wrong)
				.doesNotContain("database unreachable");
		}
	}

}
