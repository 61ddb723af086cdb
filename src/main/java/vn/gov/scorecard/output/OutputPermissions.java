package vn.gov.scorecard.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Takes write permission for group and others off everything a run wrote, whatever the
 * umask of the process (a service started with umask 000 would otherwise leave scorecards
 * anyone can alter). Does nothing on a file system without POSIX permissions.
 */
public final class OutputPermissions {

	private static final Set<PosixFilePermission> WRITE_BY_OTHERS = EnumSet.of(PosixFilePermission.GROUP_WRITE,
			PosixFilePermission.OTHERS_WRITE);

	private OutputPermissions() {
	}

	public static void restrict(Path directory) {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
				if (permissions.removeAll(WRITE_BY_OTHERS)) {
					Files.setPosixFilePermissions(path, permissions);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot restrict the permissions of " + directory + ": " + e.getMessage(),
					e);
		}
	}

}
