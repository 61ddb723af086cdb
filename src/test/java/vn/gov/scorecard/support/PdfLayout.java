package vn.gov.scorecard.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a PDF's text stands on its pages, in points from the page's top left corner: what
 * a reader with a ruler checks (margins, the page number's place).
 */
public record PdfLayout(List<PdfLayout.Page> pages) {

	/** A run of text as the extractor finds it, with the box its glyphs take. */
	public record Text(String text, float left, float right, float top, float bottom) {

		public float centre() {
			return (left + right) / 2;
		}
	}

	public record Page(int number, float width, float height, List<Text> texts) {

		public boolean landscape() {
			return width > height;
		}
	}

	public static PdfLayout read(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<Page> pages = new ArrayList<>();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				PDPage page = document.getPage(i - 1);
				List<Text> texts = new ArrayList<>();
				PDFTextStripper stripper = new PDFTextStripper() {
					@Override
					protected void writeString(String text, List<TextPosition> glyphs) {
						if (text.isBlank()) {
							return;
						}
						float left = Float.MAX_VALUE;
						float right = 0;
						float top = Float.MAX_VALUE;
						float bottom = 0;
						for (TextPosition glyph : glyphs) {
							// as the page is shown: a landscape page is a portrait one
							// turned
							left = Math.min(left, glyph.getX());
							right = Math.max(right, glyph.getX() + glyph.getWidth());
							top = Math.min(top, glyph.getY() - glyph.getHeight());
							bottom = Math.max(bottom, glyph.getY());
						}
						texts.add(new Text(text.strip(), left, right, top, bottom));
					}
				};
				stripper.setSortByPosition(true);
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				stripper.getText(document);
				boolean turned = page.getRotation() % 180 != 0;
				float width = page.getMediaBox().getWidth();
				float height = page.getMediaBox().getHeight();
				pages.add(new Page(i, turned ? height : width, turned ? width : height, texts));
			}
			return new PdfLayout(pages);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

}
