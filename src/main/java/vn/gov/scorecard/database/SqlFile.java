package vn.gov.scorecard.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a statement from the project's {@code sql/} directory (packaged into the jar
 * under {@code sql/}).
 */
public final class SqlFile {

	private SqlFile() {
	}

	public static String read(String name) {
		return classpathResource("sql/" + name);
	}

	private static String classpathResource(String path) {
		try (InputStream in = SqlFile.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing SQL resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
