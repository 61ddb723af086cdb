package vn.gov.scorecard.ingest.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import vn.gov.scorecard.ingest.InputProblemException;

/**
 * The input files a run reads, as one digest: the six kinds' files, each path with its
 * SHA-256 (SPEC §7 v3). The scheduled mode runs an open period again when the folder's
 * digest differs from the one its last completed run read.
 */
public final class InputFingerprint {

	private InputFingerprint() {
	}

	/**
	 * The digest of the files a run on {@code directory} would read now; of nothing when
	 * it holds none.
	 */
	public static String of(Path directory) {
		Map<String, String> files = new TreeMap<>();
		try {
			for (Delivery.Found found : Delivery.find(directory).files()) {
				files.put(found.name(), ScannedFile.sha256(found.name(), found.path()));
			}
		}
		catch (InputProblemException noFiles) {
			// a folder with no input file, or none at all: a run on it would fail; the
			// digest of nothing
		}
		return digest(files);
	}

	/** The digest of files by name and SHA-256, taken in name order. */
	public static String digest(Map<String, String> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			new TreeMap<>(files).forEach(
					(name, sha256) -> digest.update((name + '\t' + sha256 + '\n').getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

}
