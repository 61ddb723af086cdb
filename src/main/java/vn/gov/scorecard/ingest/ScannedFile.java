package vn.gov.scorecard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input file after a first pass over its bytes: its SHA-256 (for run.json) and the proof that it
 * is valid UTF-8. The pass runs over every file before any is loaded, so an encoding problem in
 * the last file fails the run before the first is touched.
 */
public record ScannedFile(InputFile definition, Path path, String sha256) {

	private static final int BUFFER = 1 << 16;

	public static ScannedFile scan(InputFile definition, Path path) {
		MessageDigest digest = newSha256Digest();
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		byte[] chunk = new byte[BUFFER];
		ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 8);
		CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
		Position position = new Position();
		try (InputStream in = Files.newInputStream(path)) {
			int n;
			while ((n = in.read(chunk)) > 0) {
				digest.update(chunk, 0, n);
				bytes.put(chunk, 0, n).flip();
				decode(definition, decoder, bytes, chars, false, position);
				bytes.compact();
			}
			bytes.flip();
			decode(definition, decoder, bytes, chars, true, position);
		}
		catch (IOException e) {
			throw new InputProblemException(definition.fileName() + ": cannot be read: " + e.getMessage());
		}
		return new ScannedFile(definition, path, HexFormat.of().formatHex(digest.digest()));
	}

	public String fileName() {
		return definition.fileName();
	}

	/** Where decoding has got to, for the message that names a bad byte. */
	private static final class Position {
		long byteOffset;
		long line = 1;
	}

	private static void decode(InputFile definition, CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars,
			boolean endOfInput, Position position) {
		int start = bytes.position();
		CoderResult result = decoder.decode(bytes, chars, endOfInput);
		position.byteOffset += bytes.position() - start;
		chars.flip();
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				position.line++;
			}
		}
		chars.clear();
		if (result.isError() || (endOfInput && bytes.hasRemaining())) {
			throw new InputProblemException(definition.fileName() + ": not valid UTF-8 at byte offset " + position.byteOffset
					+ " (line " + position.line + "); save the file as UTF-8");
		}
	}

	private static MessageDigest newSha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
