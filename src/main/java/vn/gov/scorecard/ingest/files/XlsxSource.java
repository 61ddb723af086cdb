package vn.gov.scorecard.ingest.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.gov.scorecard.ingest.InputProblemException;
import vn.gov.scorecard.ingest.templates.Templates;

/**
 * The records of one sheet of an .xlsx input file, streamed: POI opens the package (with
 * its zip-bomb limits) and gives the sheet's XML, which a SAX handler reads row by row
 * with DTDs and external entities refused, so memory stays flat whatever the number of
 * rows; only the workbook's shared strings are held ({@link SheetStrings}). A record's
 * line is its row number on the sheet; the header is the first row with a value. Cells
 * become the text the contract's parsers read ({@link CellText}).
 */
final class XlsxSource implements RecordSource {

	/** The templates' guide and example sheets (see {@code Templates}), in lower case. */
	private static final Set<String> TEMPLATE_SHEETS = Set.of("hướng dẫn", "ví dụ");

	private final ScannedFile file;

	private final OPCPackage workbook;

	private final XSSFReader reader;

	private final CellText cellText;

	private final Header header;

	private final int headerRow;

	private long size;

	private long position;

	private XlsxSource(ScannedFile file) throws IOException, OpenXML4JException, SAXException, XMLStreamException {
		this.file = file;
		this.workbook = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
		try {
			this.reader = new XSSFReader(workbook);
			this.cellText = new CellText(SheetStrings.read(workbook), reader.getStylesTable(), date1904(reader));
			HeaderFinder finder = new HeaderFinder();
			parse(file.sheet(), finder);
			if (finder.names == null) {
				throw new InputProblemException(file.name() + ": has no header row ("
						+ (file.sheet() == null ? "its first sheet" : "sheet \"" + file.sheet() + "\"") + " is empty)");
			}
			this.headerRow = finder.row;
			this.header = Header.match(file.name(), file.kind(), Arrays.asList(finder.names));
		}
		catch (RuntimeException | IOException | OpenXML4JException | SAXException | XMLStreamException e) {
			workbook.revert();
			throw e;
		}
	}

	static XlsxSource open(ScannedFile file) {
		try {
			return new XlsxSource(file);
		}
		catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
				| UnsupportedFileFormatException | RecordFormatException e) {
			throw changedOr(file, unreadable(file, e));
		}
		catch (InputProblemException e) {
			throw changedOr(file, e);
		}
	}

	/**
	 * A workbook that no longer opens as scanned may have been written again since: that
	 * is the problem then.
	 */
	private static InputProblemException changedOr(ScannedFile file, InputProblemException problem) {
		if (Files.isRegularFile(file.path()) && !ScannedFile.sha256(file.name(), file.path()).equals(file.sha256())) {
			return new InputProblemException(file.name() + ": " + CsvSource.CHANGED);
		}
		return problem;
	}

	/**
	 * The workbook's data sheets (SPEC §2 v3), in the workbook's order: every sheet whose
	 * first row with a value holds every required column of the kind. The templates' own
	 * "Hướng dẫn" (guide) and "Ví dụ" (example) are skipped without a word; any other
	 * sheet is named in a warning. A workbook with no data sheet is unusable, with its
	 * first sheet's problem.
	 */
	static List<String> dataSheets(ScannedFile file, List<String> warnings) {
		List<String> data = new ArrayList<>();
		InputProblemException firstProblem = null;
		for (String sheet : sheetNames(file)) {
			if (TEMPLATE_SHEETS
				.contains(Normalizer.normalize(sheet.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT))) {
				continue;
			}
			try {
				open(file.onSheet(sheet, false)).close();
				data.add(sheet);
			}
			catch (InputProblemException e) {
				firstProblem = firstProblem == null ? e : firstProblem;
				warnings
					.add(file.file() + ": trang tính \"" + sheet + "\" không có dòng tiêu đề của " + file.kind().name()
							+ " nên không được đọc — " + e.getMessage().substring(file.file().length() + 2));
			}
		}
		if (data.isEmpty()) {
			throw firstProblem != null ? firstProblem : new InputProblemException(file.name()
					+ ": the workbook has no sheet with records (only the templates' guide" + " and example)");
		}
		return data;
	}

	private static List<String> sheetNames(ScannedFile file) {
		try {
			OPCPackage workbook = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
			try {
				List<String> names = new ArrayList<>();
				XSSFReader.SheetIterator sheets = new XSSFReader(workbook).getSheetIterator();
				while (sheets.hasNext()) {
					sheets.next().close();
					names.add(sheets.getSheetName());
				}
				if (names.isEmpty()) {
					throw new InputProblemException(file.name() + ": the workbook has no sheet");
				}
				return names;
			}
			finally {
				workbook.revert();
			}
		}
		catch (IOException | OpenXML4JException | POIXMLException | UnsupportedFileFormatException
				| RecordFormatException e) {
			throw unreadable(file, e);
		}
	}

	@Override
	public Header header() {
		return header;
	}

	@Override
	public void forEach(RecordConsumer consumer) throws IOException {
		try {
			parse(file.sheet(), new Rows() {
				@Override
				boolean row(int row, String[] cells, int width) {
					if (row <= headerRow) {
						return true;
					}
					String[] record = Arrays.copyOf(cells, Math.max(width, header.size()));
					for (int i = 0; i < record.length; i++) {
						if (record[i] == null) {
							record[i] = "";
						}
					}
					try {
						consumer.accept(record, row + 1L);
					}
					catch (IOException e) {
						throw new ConsumerFailed(e);
					}
					return true;
				}
			});
		}
		catch (ConsumerFailed e) {
			throw e.getCause();
		}
		catch (IOException | OpenXML4JException | XMLStreamException | POIXMLException | RecordFormatException e) {
			throw unreadable(file, e);
		}
		// POI reads the workbook itself: read again, it must be the bytes the scan
		// checked
		if (!ScannedFile.sha256(file.name(), file.path()).equals(file.sha256())) {
			throw new InputProblemException(file.name() + ": " + CsvSource.CHANGED);
		}
	}

	/** The size of the sheet's XML, unpacked, as far as the workbook tells it. */
	@Override
	public long size() {
		return size;
	}

	@Override
	public long position() {
		return position;
	}

	@Override
	public void close() {
		workbook.revert();
	}

	/** Reads the named sheet (the first when null) row by row. */
	private void parse(String sheetName, Rows rows) throws IOException, OpenXML4JException, XMLStreamException {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		if (!sheets.hasNext()) {
			throw new InputProblemException(file.name() + ": the workbook has no sheet");
		}
		InputStream next = sheets.next();
		while (sheetName != null && !sheetName.equals(sheets.getSheetName())) {
			next.close();
			if (!sheets.hasNext()) {
				throw new InputProblemException(file.name() + ": the workbook has no sheet \"" + sheetName + "\"");
			}
			next = sheets.next();
		}
		try (InputStream sheet = new Counting(next)) {
			size = Math.max(0, sheets.getSheetPart().getSize());
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
			try {
				read(xml, rows);
			}
			finally {
				xml.close();
			}
		}
	}

	private static InputProblemException unreadable(ScannedFile file, Exception e) {
		String cause = e.getMessage() == null ? e.getClass().getSimpleName()
				: e.getMessage().lines().findFirst().orElse("");
		return new InputProblemException(file.name() + ": cannot be read as an Excel workbook (.xlsx): " + cause
				+ "; open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)");
	}

	/**
	 * A workbook saved with the 1904 date system (old Excel for Mac) counts its dates
	 * from 1904-01-01.
	 */
	private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
		boolean[] date1904 = { false };
		try (InputStream in = reader.getWorkbookData()) {
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					String name = localName == null || localName.isEmpty() ? qName : localName;
					if (name.equals("workbookPr") || name.endsWith(":workbookPr")) {
						String value = attributes.getValue("date1904");
						date1904[0] = "1".equals(value) || "true".equals(value);
					}
				}
			});
			xml.parse(new InputSource(in));
		}
		catch (javax.xml.parsers.ParserConfigurationException e) {
			throw new IllegalStateException("no XML parser", e);
		}
		return date1904[0];
	}

	/**
	 * Gathers the cells of each row into an array by column; the sheet stores only cells
	 * with something in them, so the missing ones stay null.
	 */
	private abstract static class Rows {

		private String[] cells = new String[32];

		private int used;

		private int width;

		/**
		 * @param width the number of cells up to the last one with a value
		 * @return whether to read on
		 */
		abstract boolean row(int row, String[] cells, int width);

		void startRow() {
			Arrays.fill(cells, 0, used, null);
			used = 0;
			width = 0;
		}

		void cell(int column, String value) {
			if (column >= cells.length) {
				cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
			}
			cells[column] = value;
			used = Math.max(used, column + 1);
			if (!value.isEmpty()) {
				width = Math.max(width, column + 1);
			}
		}

		boolean endRow(int row) {
			return row(row, cells, width);
		}

	}

	/**
	 * Reads the sheet's XML ({@code <row r>}, {@code <c r s t>}, {@code <v>},
	 * {@code <is><t>}) into rows of cell text, until the end or until {@link Rows#row}
	 * asks to stop. A row or cell without its {@code r} attribute follows the one before.
	 * Phonetic guides ({@code <rPh>}) and formulas ({@code <f>}) are not text of the
	 * cell. A DTD is refused outright: it is how an XML file reads other files or expands
	 * without end, and no spreadsheet program writes one.
	 */
	private void read(XMLStreamReader xml, Rows rows) throws XMLStreamException {
		StringBuilder value = new StringBuilder();
		int row = -1;
		int column = 0;
		String type = "n";
		int style = 0;
		boolean inValue = false;
		boolean inInline = false;
		boolean inPhonetic = false;
		boolean hasValue = false;
		while (xml.hasNext()) {
			switch (xml.next()) {
				case XMLStreamConstants.DTD -> throw new XMLStreamException(
						"the sheet declares a DTD (document type), which is refused: it can carry entities that read other files");
				case XMLStreamConstants.START_ELEMENT -> {
					switch (xml.getLocalName()) {
						case "row" -> {
							String r = xml.getAttributeValue(null, "r");
							row = r == null ? row + 1 : Integer.parseInt(r) - 1;
							column = 0;
							rows.startRow();
						}
						case "c" -> {
							String r = xml.getAttributeValue(null, "r");
							column = r == null ? column : column(r);
							String t = xml.getAttributeValue(null, "t");
							type = t == null ? "n" : t;
							String s = xml.getAttributeValue(null, "s");
							style = s == null ? 0 : Integer.parseInt(s);
							value.setLength(0);
							hasValue = false;
						}
						case "v" -> inValue = true;
						case "is" -> inInline = true;
						case "t" -> inValue = inInline && !inPhonetic;
						case "rPh" -> inPhonetic = true;
						default -> {
						}
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (inValue) {
						value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					switch (xml.getLocalName()) {
						case "v" -> {
							inValue = false;
							hasValue = true;
						}
						case "t" -> inValue = false;
						case "is" -> {
							inInline = false;
							hasValue = true;
						}
						case "rPh" -> inPhonetic = false;
						case "c" -> {
							if (hasValue) {
								rows.cell(column, cellText.of(type, style, value.toString()));
							}
							column++;
						}
						case "row" -> {
							if (!rows.endRow(row)) {
								return;
							}
						}
						default -> {
						}
					}
				}
				default -> {
				}
			}
		}
	}

	/** The 0-based column of a reference such as {@code AB12}. */
	private static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	/** Finds the header: the first row with a value in any cell. */
	private static final class HeaderFinder extends Rows {

		String[] names;

		int row;

		@Override
		boolean row(int row, String[] cells, int width) {
			if (width == 0) {
				return true;
			}
			names = new String[width];
			for (int i = 0; i < width; i++) {
				names[i] = cells[i] == null ? "" : cells[i];
			}
			this.row = row;
			return false;
		}

	}

	/**
	 * The consumer's own failure, carried out of the SAX parse apart from the workbook's.
	 */
	private static final class ConsumerFailed extends RuntimeException {

		ConsumerFailed(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}

	}

	/** Counts the bytes of sheet XML read, for the progress log's ETA. */
	private final class Counting extends FilterInputStream {

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			position += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			position += Math.max(0, n);
			return n;
		}

	}

}
