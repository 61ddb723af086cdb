package vn.gov.scorecard.ingest.files;

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
import java.util.Arrays;
import java.util.HexFormat;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;

/**
 * An input file after a first pass over its bytes: its SHA-256 (for run.json), and for a
 * CSV file the proof that it is valid UTF-8. The pass runs over every file before any is
 * loaded, so an encoding problem in the last file fails the run before the first is
 * touched. When a file is not what its name says, the message names what it most likely
 * is and how to save it right.
 *
 * A workbook is read sheet by sheet (SPEC §2 v3): one ScannedFile per data sheet.
 *
 * @param kind the kind of records it holds
 * @param file its path relative to the input directory, with {@code /}
 * ({@code meetings/SO01.csv})
 * @param excel an .xlsx workbook rather than CSV
 * @param sheet the workbook's sheet to read (null for CSV, and until the workbook's
 * sheets are surveyed)
 * @param oneOfSheets the sheet is one of the workbook's several data sheets, and names
 * its records' file
 */
public record ScannedFile(InputKind kind, String file, Path path, boolean excel, String sha256, String sheet,
		boolean oneOfSheets) {

	/**
	 * How rejects, run.json and the summary name it: its path, and for one of a
	 * workbook's several data sheets, the sheet after a {@code #}
	 * ({@code documents/XA017.xlsx#Tháng 9}).
	 */
	public String name() {
		return oneOfSheets ? file + "#" + sheet : file;
	}

	/** The same workbook, read on one of its sheets. */
	ScannedFile onSheet(String sheetName, boolean severalDataSheets) {
		return new ScannedFile(kind, file, path, excel, sha256, sheetName, severalDataSheets);
	}

	private static final int BUFFER = 1 << 16;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 };

	private static final String SAVE_AS_UTF8 = "save it as \"CSV UTF-8 (Comma delimited)\" (Excel) or as Text CSV"
			+ " with character set Unicode (UTF-8) (LibreOffice), or send it as .xlsx";

	public static ScannedFile scan(InputKind kind, String name, Path path, boolean excel) {
		byte[] start = firstBytes(name, path);
		if (startsWith(start, OLE2)) {
			throw new InputProblemException(
					name + ": is an Excel 97-2003 workbook (.xls); open it and save it as an Excel"
							+ " workbook (.xlsx)" + (excel ? "" : ", or save it as \"CSV UTF-8 (Comma delimited)\""));
		}
		if (excel) {
			if (!startsWith(start, ZIP)) {
				throw new InputProblemException(name + ": is not an Excel workbook (.xlsx)"
						+ (start.length == 0 ? ": the file is empty" : "; if it holds CSV text, name it .csv"));
			}
			return new ScannedFile(kind, name, path, true, sha256(name, path), null, false);
		}
		if (startsWith(start, ZIP)) {
			throw new InputProblemException(
					name + ": is an Excel workbook or another zip file, not CSV text; name it .xlsx"
							+ " if it is a workbook");
		}
		if (startsWith(start, new byte[] { (byte) 0xff, (byte) 0xfe })
				|| startsWith(start, new byte[] { (byte) 0xfe, (byte) 0xff }) || looksLikeUtf16(start)) {
			throw new InputProblemException(
					name + ": is in UTF-16 (\"Unicode text\" in Excel), not UTF-8; " + SAVE_AS_UTF8);
		}
		return scanUtf8(kind, name, path);
	}

	private static ScannedFile scanUtf8(InputKind kind, String name, Path path) {
		MessageDigest digest = newSha256Digest();
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		byte[] chunk = new byte[BUFFER];
		ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 8);
		CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
		Position position = new Position(path);
		try (InputStream in = Files.newInputStream(path)) {
			int n;
			while ((n = in.read(chunk)) > 0) {
				digest.update(chunk, 0, n);
				bytes.put(chunk, 0, n).flip();
				decode(name, decoder, bytes, chars, false, position);
				bytes.compact();
			}
			bytes.flip();
			decode(name, decoder, bytes, chars, true, position);
		}
		catch (IOException e) {
			throw new InputProblemException(name + ": cannot be read: " + e.getMessage());
		}
		return new ScannedFile(kind, name, path, false, HexFormat.of().formatHex(digest.digest()), null, false);
	}

	private static byte[] firstBytes(String name, Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(512);
		}
		catch (IOException e) {
			throw new InputProblemException(name + ": cannot be read: " + e.getMessage());
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/**
	 * UTF-16 without a byte-order mark: ASCII text with a zero byte beside every letter.
	 */
	private static boolean looksLikeUtf16(byte[] start) {
		int zeros = 0;
		for (byte b : start) {
			if (b == 0) {
				zeros++;
			}
		}
		return start.length >= 8 && zeros * 3 >= start.length;
	}

	static String sha256(String name, Path path) {
		MessageDigest digest = newSha256Digest();
		try (InputStream in = Files.newInputStream(path)) {
			byte[] chunk = new byte[BUFFER];
			int n;
			while ((n = in.read(chunk)) > 0) {
				digest.update(chunk, 0, n);
			}
		}
		catch (IOException e) {
			throw new InputProblemException(name + ": cannot be read: " + e.getMessage());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Where decoding has got to, for the message that names a bad byte; its line is
	 * counted only then.
	 */
	private static final class Position {

		final Path path;

		long byteOffset;

		Position(Path path) {
			this.path = path;
		}

		long line() {
			long line = 1;
			try (InputStream in = Files.newInputStream(path)) {
				byte[] chunk = new byte[BUFFER];
				long left = byteOffset;
				int n;
				while (left > 0 && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
					for (int i = 0; i < n; i++) {
						if (chunk[i] == '\n') {
							line++;
						}
					}
					left -= n;
				}
			}
			catch (IOException e) {
				throw new InputProblemException(path.getFileName() + ": cannot be read: " + e.getMessage());
			}
			return line;
		}

	}

	private static void decode(String name, CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars,
			boolean endOfInput, Position position) {
		int start = bytes.position();
		CoderResult result = decoder.decode(bytes, chars, endOfInput);
		position.byteOffset += bytes.position() - start;
		chars.clear();
		if (result.isError() || (endOfInput && bytes.hasRemaining())) {
			String where = name + ": not valid UTF-8 at byte offset " + position.byteOffset + " (line "
					+ position.line() + "); ";
			if (!result.isError() || (endOfInput && bytes.remaining() == result.length())) {
				throw new InputProblemException(
						where + "the file ends inside a character: it was cut short (an interrupted"
								+ " copy or download?); deliver it again");
			}
			// bytes that are not UTF-8 in a text file from a Vietnamese office: a Windows
			// code page
			throw new InputProblemException(where + "it was most likely saved in a Windows code page (1258 Vietnamese,"
					+ " or 1252, as Excel's plain \"CSV (Comma delimited)\" does); " + SAVE_AS_UTF8);
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
