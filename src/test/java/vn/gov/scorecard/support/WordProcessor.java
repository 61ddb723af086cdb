package vn.gov.scorecard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice Writer, headless, as the clerk's word processor: it opens a Word document
 * and saves it as PDF, so a test sees the pages a clerk would.
 */
public final class WordProcessor {

	private WordProcessor() {
	}

	/**
	 * {@code directory/<name>.pdf}: the document as Writer lays it out, with a profile of
	 * its own in {@code directory} (not the user's).
	 */
	public static Path toPdf(Path docx, Path directory) {
		SystemTools.require(onPath("soffice"),
				"skipped: LibreOffice Writer (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
		try {
			Files.createDirectories(directory);
			Path log = directory.resolve("soffice.log");
			List<String> command = List.of("soffice", "-env:UserInstallation=" + directory.resolve("profile").toUri(),
					"--headless", "--convert-to", "pdf", "--outdir", directory.toString(), docx.toString());
			Process writer = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!writer.waitFor(3, TimeUnit.MINUTES)) {
				writer.destroyForcibly();
				throw new AssertionError("LibreOffice did not convert " + docx + " within 3 minutes");
			}
			Path pdf = directory.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
			if (writer.exitValue() != 0 || !Files.exists(pdf)) {
				throw new AssertionError("LibreOffice could not convert " + docx + ": " + Files.readString(log));
			}
			return pdf;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot run LibreOffice: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while LibreOffice converted " + docx, e);
		}
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
			.anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
	}

}
