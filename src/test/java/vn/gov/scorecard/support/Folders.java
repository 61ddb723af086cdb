package vn.gov.scorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder's files by relative path with the SHA-256 of their bytes: equal snapshots are
 * byte for byte the same.
 */
public final class Folders {

	private Folders() {
	}

	public static Map<String, String> snapshot(Path folder) {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				files.put(folder.relativize(path).toString(), HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
			}
			return files;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public static long count(Path folder, String suffix) {
		return snapshot(folder).keySet().stream().filter(name -> name.endsWith(suffix)).count();
	}

}
