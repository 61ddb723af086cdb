package vn.gov.scorecard.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A generated PDF read back: its text as a reader's tools extract it, its fonts and
 * metadata.
 */
public record PdfText(String text, List<String> fonts, List<String> fontsNotEmbedded, int pages,
		PDDocumentInformation information) {

	public static PdfText read(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> fonts = new ArrayList<>();
			List<String> notEmbedded = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(font.getName());
					if (!font.isEmbedded()) {
						notEmbedded.add(font.getName());
					}
				}
			}
			return new PdfText(new PDFTextStripper().getText(document), fonts, notEmbedded, document.getNumberOfPages(),
					document.getDocumentInformation());
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The text with every run of white space (line breaks inside table cells too) made
	 * one space.
	 */
	public String flat() {
		return text.replaceAll("\\s+", " ");
	}
}
