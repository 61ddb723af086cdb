package vn.gov.scorecard.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The output folder cannot be written (exit 8): a run is refused before it loads
 * anything.
 */
public class OutputUnwritableException extends RuntimeException {

	public OutputUnwritableException(String message) {
		super(message);
	}

	/**
	 * What went wrong in an operator's words: Java names some file errors only by their
	 * class (an AccessDeniedException's message is the bare path).
	 */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied: " + e.getMessage();
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder: " + e.getMessage();
		}
		if (e instanceof FileAlreadyExistsException) {
			return "a file is in the way: " + e.getMessage();
		}
		if (e instanceof NotDirectoryException) {
			return "not a folder: " + e.getMessage();
		}
		return e.getMessage();
	}

}
