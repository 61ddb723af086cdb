package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.TestDatabase;

/**
 * One command, one answer (SPEC §2 v3): the same command on the same files gives the same
 * CSVs, byte for byte, on a fresh database and on one a later run already filled.
 */
class ReproducibleRunTest {

	@Test
	void marchAsOfTheTenthOfAprilIsTheSameWhateverRanBefore(@TempDir Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("input"));
		Files.writeString(input.resolve("units.csv"), """
				unit_code,unit_name,unit_type
				SO01,Sở Nội vụ,SO
				SO02,Sở Tư pháp,SO
				""", StandardCharsets.UTF_8);
		// SO01's dossier H1 and task T1 fell due in March and were done on 20 April,
		// after the as-of date;
		// W2 was received on 15 April
		Files.writeString(input.resolve("work_items.csv"), """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
				SO01,H1,TTHC,2026-03-02,2026-03-20,2026-04-20,true
				SO01,W1,CONG_VIEC,2026-03-03,,,true
				SO01,W2,CONG_VIEC,2026-04-15,,,false
				SO02,H1,TTHC,2026-03-02,2026-03-20,2026-03-18,true
				SO02,W1,CONG_VIEC,2026-03-03,,,true
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("tasks.csv"), """
				unit_code,task_id,assigned_on,due_on,completed_on
				SO01,T1,2026-03-01,2026-03-25,2026-04-20
				SO02,T1,2026-03-01,2026-03-25,2026-03-24
				""", StandardCharsets.UTF_8);
		String[] march = { "--input=" + input, "--period=2026-03", "--as-of=2026-04-10" };

		Path fresh = work.resolve("fresh");
		try (TestDatabase database = TestDatabase.create()) {
			assertThat(run(database, march, fresh)).isEqualTo(ExitCode.SUCCESS);
		}
		Path filled = work.resolve("filled");
		try (TestDatabase database = TestDatabase.create()) {
			assertThat(run(database, new String[] { "--input=" + input, "--period=2026-04", "--as-of=2026-11-30" },
					work.resolve("april")))
				.isEqualTo(ExitCode.SUCCESS);
			assertThat(run(database, march, filled)).isEqualTo(ExitCode.SUCCESS);
		}

		for (String csv : List.of("scores.csv", "ranking.csv", "rejects.csv")) {
			assertThat(fresh.resolve("2026-03").resolve(csv))
				.hasSameBinaryContentAs(filled.resolve("2026-03").resolve(csv));
		}
		// nothing is rejected: a date after the as-of date is no mistake, only not yet
		// counted
		assertThat(Files.readAllLines(fresh.resolve("2026-03/rejects.csv"))).hasSize(1);
		// SO01 as of 10 April: DIGITAL_RATE H1, W1 → 2/2 (20 of 20); DOSSIER_ON_TIME H1
		// still open on 10 April and
		// due 20 March → 0/1 (0 of 15); TASK_ON_TIME T1 not done by 10 April → 0/1 (0 of
		// 15); nothing else applies
		// (no meetings, documents or reports delivered) → 100 × 20 / 50 = 40.00, "Không
		// hoàn thành nhiệm vụ", rank 2.
		// SO02: 2/2, 1/1, 1/1 → 100.00, rank 1
		assertThat(Files.readAllLines(fresh.resolve("2026-03/scores.csv"))).contains(
				"SO01,SO,DOSSIER_ON_TIME,0,1,0.0000,100%,NOT_MET,0.0000,15,",
				"SO01,SO,TASK_ON_TIME,0,1,0.0000,100%,NOT_MET,0.0000,15,",
				"SO01,SO,DIGITAL_RATE,2,2,1.0000,100%,MET,20.0000,20,");
		assertThat(Files.readAllLines(fresh.resolve("2026-03/ranking.csv"))).containsExactly(
				"\uFEFFunit_code,unit_name,unit_type,score,classification,rank",
				"SO02,Sở Tư pháp,SO,100.00,Hoàn thành xuất sắc nhiệm vụ,1",
				"SO01,Sở Nội vụ,SO,40.00,Không hoàn thành nhiệm vụ,2");
	}

	private static ExitCode run(TestDatabase database, String[] options, Path output) {
		String[] server = database.springArguments();
		String[] args = new String[options.length + 3];
		System.arraycopy(options, 0, args, 0, options.length);
		args[options.length] = "--output=" + output;
		args[options.length + 1] = server[0];
		args[options.length + 2] = server[1];
		return ScorecardCommand.run(args);
	}

}
