package vn.gov.scorecard.ingest.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain text. POI's read-only table hands out each string
 * wrapped anew in an XML-backed rich text object, one per cell read, which made reading a
 * sheet several times slower than parsing it; the sheet handler only wants the text. As
 * POI's table does, it keeps the text runs of each item and leaves out phonetic guides
 * ({@code <rPh>}).
 */
final class SheetStrings extends DefaultHandler implements SharedStrings {

	private final List<String> strings = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private boolean inText;

	private boolean inPhonetic;

	static SheetStrings read(OPCPackage workbook) throws IOException, SAXException {
		SheetStrings table = new SheetStrings();
		var parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return table;
		}
		try (InputStream in = parts.get(0).getInputStream()) {
			var xml = XMLHelper.newXMLReader();
			xml.setContentHandler(table);
			xml.parse(new InputSource(in));
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("no XML parser", e);
		}
		return table;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (name(localName, qName)) {
			case "si" -> text.setLength(0);
			case "t" -> inText = !inPhonetic;
			case "rPh" -> inPhonetic = true;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (name(localName, qName)) {
			case "si" -> strings.add(text.toString());
			case "t" -> inText = false;
			case "rPh" -> inPhonetic = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inText) {
			text.append(ch, start, length);
		}
	}

	private static String name(String localName, String qName) {
		String name = localName == null || localName.isEmpty() ? qName : localName;
		int colon = name.indexOf(':');
		return colon < 0 ? name : name.substring(colon + 1);
	}

	@Override
	public RichTextString getItemAt(int index) {
		return new Plain(strings.get(index));
	}

	@Override
	public int getCount() {
		return strings.size();
	}

	@Override
	public int getUniqueCount() {
		return strings.size();
	}

	/**
	 * Text without formatting: all the sheet handler reads of it is {@link #toString()}.
	 */
	private record Plain(String text) implements RichTextString {

		@Override
		public String toString() {
			return text;
		}

		@Override
		public String getString() {
			return text;
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public void clearFormatting() {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException("read only");
		}
	}

}
