package vn.gov.scorecard.output;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Swaps two directories in one step with Linux's {@code renameat2(RENAME_EXCHANGE)}, so
 * that a reader, or a process killed half-way, never sees a period folder that is missing
 * or half one run and half another. Java has no such call; JNA reaches the C library's.
 * Where the file system or the system cannot exchange (not Linux, NFS, CIFS),
 * {@link #exchange} says so and the caller falls back to two renames.
 */
final class DirectoryExchange {

	private static final Logger log = LoggerFactory.getLogger(DirectoryExchange.class);

	private static final int AT_FDCWD = -100;

	private static final int RENAME_EXCHANGE = 2;

	private static final boolean AVAILABLE = load();

	private DirectoryExchange() {
	}

	private static native int renameat2(int oldDirectory, String oldPath, int newDirectory, String newPath, int flags)
			throws LastErrorException;

	private static boolean load() {
		if (!Platform.isLinux()) {
			return false;
		}
		try {
			Native.register(DirectoryExchange.class, Platform.C_LIBRARY_NAME);
			return true;
		}
		catch (UnsatisfiedLinkError | RuntimeException e) {
			log.warn("the C library offers no renameat2 ({}); a new run replaces the period folder in two renames",
					e.getMessage());
			return false;
		}
	}

	/**
	 * Exchanges {@code a} and {@code b}, both existing directories on one file system;
	 * returns false when this system or file system cannot, having changed nothing.
	 */
	static boolean exchange(Path a, Path b) throws IOException {
		if (!AVAILABLE) {
			return false;
		}
		try {
			renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE);
			return true;
		}
		catch (LastErrorException e) {
			// EINVAL: the file system has no exchange; ENOSYS: the kernel has no
			// renameat2
			if (e.getErrorCode() == 22 || e.getErrorCode() == 38) {
				return false;
			}
			throw new IOException("cannot exchange " + a + " and " + b + ": " + e.getMessage(), e);
		}
	}

}
