package vn.gov.scorecard.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.gov.scorecard.check.InputCheck.FileVerdict;
import vn.gov.scorecard.check.InputCheck.Reject;
import vn.gov.scorecard.ingest.RejectCap;
import vn.gov.scorecard.ingest.load.Withdrawn;
import vn.gov.scorecard.ingest.rows.UnitSuccession;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.output.CsvOutput;
import vn.gov.scorecard.output.RunOutputs;

/**
 * {@code --check=DIR} (SPEC §7): what a run would make of an input directory, before the
 * deadline, by a unit's clerk or by Sở Nội vụ, with no database needed. It writes
 * rejects.csv, prints a verdict per file and exits 0 when a run would accept every file
 * (3 when a file is unusable, 4 when one rejects more rows than the cap). Unit codes are
 * checked against the directory's units and, when a server is configured
 * ({@code spring.datasource.url}), the units it holds; the embedded database is not
 * started, so that a check never waits for or disturbs a run.
 */
public final class CheckCommand {

	/**
	 * Only the settings: the check starts no database, no job and no scheduler. Not a
	 * {@code @Configuration}, so that the application's component scan leaves it out.
	 */
	@EnableConfigurationProperties(RejectCap.class)
	static class Settings {

	}

	/**
	 * A screen holds this many files; a larger delivery shows the files that need
	 * attention.
	 */
	private static final int LISTED_FILES = 15;

	private CheckCommand() {
	}

	/**
	 * @param springArgs settings as {@code --name=value}, for the server and the reject
	 * cap
	 */
	public static ExitCode run(Path directory, Path output, LocalDate today, String[] springArgs, PrintStream out) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArgs); Connection database = connect(context.getEnvironment())) {
			Map<String, UnitSuccession.Unit> databaseUnits = database == null ? null : units(database);
			InputCheck.Result result = InputCheck.check(directory, today, context.getBean(RejectCap.class),
					databaseUnits);
			Path rejects = output.resolve("rejects.csv");
			try (CsvOutput csv = RunOutputs.rejectsCsv(rejects)) {
				for (Reject reject : result.rejects()) {
					csv.row(reject.file(), reject.line(), reject.unitCode(), reject.recordId(), reject.column(),
							reject.value(), reject.reason());
				}
			}
			print(out, directory, today, databaseUnits, result, rejects);
			if (database != null) {
				printWithdrawals(out, CheckedWithdrawals.of(database, result), output.resolve("withdrawn.csv"));
			}
			if (result.files().stream().anyMatch(file -> file.problem() != null)) {
				return ExitCode.INPUT_PROBLEM;
			}
			return result.accepted() ? ExitCode.SUCCESS : ExitCode.REJECT_CAP_EXCEEDED;
		}
		catch (IOException | SQLException | RuntimeException e) {
			System.err.println("scorecard: " + ExitCode.reason(e));
			return ExitCode.of(e);
		}
	}

	/** The configured server, or null when none is configured. */
	private static Connection connect(Environment environment) throws SQLException {
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || url.isBlank()) {
			return null;
		}
		return DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"));
	}

	/** The units the server holds (none before its first run). */
	private static Map<String, UnitSuccession.Unit> units(Connection connection) throws SQLException {
		Map<String, UnitSuccession.Unit> units = new HashMap<>();
		try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass('unit') IS NOT NULL");
				ResultSet table = exists.executeQuery()) {
			table.next();
			if (!table.getBoolean(1)) {
				return units;
			}
			try (PreparedStatement query = connection
				.prepareStatement("SELECT unit_code, established_on, dissolved_on, predecessor_codes FROM unit");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					java.sql.Array predecessors = rows.getArray(4);
					units.put(rows.getString(1), new UnitSuccession.Unit(rows.getObject(2, LocalDate.class),
							rows.getObject(3, LocalDate.class),
							predecessors == null ? List.of() : Arrays.asList((String[]) predecessors.getArray())));
				}
			}
		}
		return units;
	}

	/**
	 * What a run would withdraw from the configured database (SPEC §2 v3), listed in
	 * withdrawn.csv.
	 */
	private static void printWithdrawals(PrintStream out, List<CheckedWithdrawals.Record> withdrawn, Path file)
			throws IOException {
		try (CsvOutput csv = RunOutputs.withdrawnCsv(file)) {
			for (CheckedWithdrawals.Record record : withdrawn) {
				csv.row(record.file(), record.unitCode(), record.recordId(), record.firstRun());
			}
		}
		if (withdrawn.isEmpty()) {
			out.printf("A run would withdraw nothing from the database.%n%n");
			return;
		}
		Map<String, Long> byFile = withdrawn.stream()
			.collect(Collectors.groupingBy(CheckedWithdrawals.Record::file, LinkedHashMap::new, Collectors.counting()));
		out.printf(
				"A run would WITHDRAW %d records that files delivered again no longer hold: %s%n  withdrawn.csv: %s%n%n",
				withdrawn.size(), Withdrawn.listing(byFile, 5, "and %d more files"), file.toAbsolutePath());
	}

	private static void print(PrintStream out, Path directory, LocalDate today,
			Map<String, UnitSuccession.Unit> databaseUnits, InputCheck.Result result, Path rejects) {
		out.printf("%nCheck of %s on %s%n", directory.toAbsolutePath(), today);
		out.println(!result.unitCodesChecked()
				? "  Unit codes NOT checked: the folder has no units file and no database is configured."
				: databaseUnits == null ? "  Unit codes checked against the folder's units file(s)."
						: "  Unit codes checked against the folder's units file(s) and the " + databaseUnits.size()
								+ " units of the configured database.");
		out.printf("  %-28s %8s %8s %8s %6s  %s%n", "file", "read", "loaded", "rejected", "blank", "verdict");
		List<FileVerdict> files = result.files();
		List<FileVerdict> shown = files.size() <= LISTED_FILES ? files
				: files.stream()
					.filter(file -> file.problem() != null || file.rejected() > 0)
					.limit(LISTED_FILES)
					.toList();
		for (FileVerdict file : shown) {
			if (file.problem() != null) {
				out.printf("  %-28s %8s %8s %8s %6s  UNUSABLE: %s%n", file.name(), "-", "-", "-", "-", file.problem());
			}
			else {
				out.printf("  %-28s %8d %8d %8d %6d  %s%n", file.name(), file.read(), file.accepted(), file.rejected(),
						file.blank(), file.overCap() ? "TOO MANY REJECTS: a run would fail"
								: file.rejected() > 0 ? "accepted, rows rejected" : "accepted");
			}
		}
		long clean = files.stream().filter(file -> file.problem() == null && file.rejected() == 0).count();
		if (shown.size() < files.size()) {
			out.printf("  … %d files in all; %d accepted without a reject are not listed%n", files.size(), clean);
		}
		result.warnings().forEach(warning -> out.println("  Ignored: " + warning));
		out.printf("  rejects.csv (%d rows): %s%n", result.rejects().size(), rejects.toAbsolutePath());
		long unusable = files.stream().filter(file -> file.problem() != null).count();
		long overCap = files.stream().filter(FileVerdict::overCap).count();
		if (result.accepted()) {
			out.printf("Verdict: a run would accept every file (%d files, %d rows rejected).%n%n", files.size(),
					result.rejects().size());
		}
		else {
			out.printf("Verdict: a run would FAIL: %d unusable file(s), %d file(s) with more rejects than the cap.%n%n",
					unusable, overCap);
		}
	}

}
