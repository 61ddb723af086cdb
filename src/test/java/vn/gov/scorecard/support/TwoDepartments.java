package vn.gov.scorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest province a run completes on: two departments; SO1 has one digital work
 * item in September 2026.
 */
public final class TwoDepartments {

	private TwoDepartments() {
	}

	public static Path write(Path directory) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve("units.csv"),
					"unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\nSO2,Sở Tư pháp,SO\n", StandardCharsets.UTF_8);
			Files.writeString(directory.resolve("work_items.csv"),
					"unit_code,item_id,kind,received_on,processed_digitally\nSO1,1,CONG_VIEC,2026-09-02,true\n",
					StandardCharsets.UTF_8);
			return directory;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
