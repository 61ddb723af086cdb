package vn.gov.scorecard.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads a statement from the project's {@code sql/} directory (packaged into the jar under {@code sql/}). */
public final class SqlFile {

	private SqlFile() {
	}

	public static String read(String name) {
		return classpathResource("sql/" + name);
	}

	/** The names (for {@link #read}) of the files under {@code sql/} that match a pattern, in name order. */
	static List<String> list(String pattern) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver(SqlFile.class.getClassLoader())
					.getResources("classpath*:sql/" + pattern);
			return Arrays.stream(files).map(SqlFile::nameUnderSql).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String nameUnderSql(Resource file) {
		try {
			String url = file.getURL().toString();
			return url.substring(url.lastIndexOf("/sql/") + "/sql/".length());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
