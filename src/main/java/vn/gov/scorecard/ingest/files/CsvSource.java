package vn.gov.scorecard.ingest.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.gov.scorecard.ingest.InputProblemException;

/**
 * The records of one CSV input file, each with the physical line it begins on (the header
 * is line 1), even when quoted cells span lines. Blank lines before the header are
 * skipped.
 */
final class CsvSource implements RecordSource {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
	static final String CHANGED = "changed while the run read it: its bytes are not those checked when the run began;"
			+ " nothing was loaded. Copy the delivery in whole (into a folder beside the input folder, then rename it in)"
			+ " and run again";

	private final ScannedFile file;

	private final MessageDigest digest = sha256();

	private final LineTrackingReader reader;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Header header;

	private final long size;

	private long line;

	private CsvSource(ScannedFile file) throws IOException {
		this.file = file;
		this.size = Files.size(file.path());
		// the bytes are hashed as they are parsed: what is loaded is what the scan
		// checked, or the run fails
		InputStream in = new BufferedInputStream(new DigestInputStream(Files.newInputStream(file.path()), digest),
				1 << 16);
		skipBom(in);
		String separator = otherSeparator(in);
		if (separator != null) {
			in.close();
			throw new InputProblemException(file.name() + ": its header's columns are separated by " + separator
					+ ", not commas: the spreadsheet's regional setting chose the separator; save the file as \"CSV UTF-8"
					+ " (Comma delimited)\" (Excel) or as Text CSV with field delimiter ',' and character set UTF-8"
					+ " (LibreOffice), or send it as .xlsx");
		}
		this.reader = new LineTrackingReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
		this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		this.records = parser.iterator();
		CSVRecord first = nextRecord(true);
		if (first == null) {
			throw problem("has no header row");
		}
		try {
			this.header = Header.match(file.name(), file.kind(), first.toList());
		}
		catch (InputProblemException e) {
			close();
			throw e;
		}
	}

	static CsvSource open(ScannedFile file) {
		try {
			return new CsvSource(file);
		}
		catch (IOException | UncheckedIOException e) {
			throw new InputProblemException(file.name() + ": cannot be read: " + e.getMessage());
		}
	}

	@Override
	public Header header() {
		return header;
	}

	@Override
	public void forEach(RecordConsumer consumer) throws IOException {
		CSVRecord record;
		while ((record = nextRecord(false)) != null) {
			consumer.accept(record.values(), line);
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
			throw problem(CHANGED);
		}
	}

	@Override
	public long size() {
		return size;
	}

	/** Characters read, about bytes for CSV that is mostly ASCII. */
	@Override
	public long position() {
		return reader.position();
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private CSVRecord nextRecord(boolean skipEmptyLines) {
		try {
			while (records.hasNext()) {
				CSVRecord record = records.next();
				line = reader.lineOf(record.getCharacterPosition());
				if (skipEmptyLines && record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				return record;
			}
			return null;
		}
		catch (UncheckedIOException e) {
			if (e.getCause() instanceof CharacterCodingException) {
				// the scan found the file valid UTF-8: it was written again since
				throw problem(CHANGED + " (it is no longer valid UTF-8 after line " + line + ")");
			}
			// Commons CSV cannot go on after a broken quote: the file, not a row, is
			// unusable
			throw problem("malformed CSV from line " + (line + 1) + ": " + e.getCause().getMessage()
					+ " (a quoted cell is not closed, or text follows its closing quote)");
		}
	}

	private InputProblemException problem(String what) {
		close();
		return new InputProblemException(file.name() + ": " + what);
	}

	/**
	 * A spreadsheet set to Vietnamese or European number settings saves "CSV" separated
	 * by semicolons, and "Unicode text" by tabs: the separator of the header line, when
	 * it is not a comma. Told before parsing, because the quotes such files put around
	 * every cell make the CSV parser fail first.
	 */
	private static String otherSeparator(InputStream in) throws IOException {
		in.mark(1 << 16);
		String head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8).stripLeading();
		in.reset();
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < head.length() && (quoted || (head.charAt(i) != '\n' && head.charAt(i) != '\r')); i++) {
			switch (head.charAt(i)) {
				case '"' -> quoted = !quoted;
				case ',' -> commas += quoted ? 0 : 1;
				case ';' -> semicolons += quoted ? 0 : 1;
				case '\t' -> tabs += quoted ? 0 : 1;
				default -> {
				}
			}
		}
		if (commas > 0 || (semicolons == 0 && tabs == 0)) {
			return null;
		}
		return semicolons >= tabs ? "semicolons (;)" : "tabs";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

	private static void skipBom(InputStream in) throws IOException {
		in.mark(3);
		byte[] first = in.readNBytes(3);
		if (!Arrays.equals(first, new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf })) {
			in.reset();
		}
	}

}
