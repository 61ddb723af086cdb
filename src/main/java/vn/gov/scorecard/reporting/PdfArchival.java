package vn.gov.scorecard.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Makes the PDFs archival: PDF/A-2b, with an sRGB output intent. PDF/A-2 forbids an
 * incomplete CIDSet, which OpenPDF writes for subset fonts; so, once per JVM, the DejaVu
 * and Liberation Serif faces the reports use are created in OpenPDF's font cache without
 * a CIDSet, under the very key the Jasper exporter asks for (font file, Identity-H,
 * embedded), and the exporter gets those.
 */
final class PdfArchival {

	private static final List<String> FONT_FILES = List.of("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSans-BoldOblique.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSerif-Bold.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSerif-Italic.ttf",
			"net/sf/jasperreports/fonts/dejavu/DejaVuSerif-BoldItalic.ttf",
			"fonts/liberation-serif/LiberationSerif-Regular.ttf", "fonts/liberation-serif/LiberationSerif-Bold.ttf",
			"fonts/liberation-serif/LiberationSerif-Italic.ttf",
			"fonts/liberation-serif/LiberationSerif-BoldItalic.ttf");

	private static final Path SRGB_PROFILE = prepare();

	private PdfArchival() {
	}

	static void configure(SimplePdfExporterConfiguration configuration) {
		configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
		configuration.setIccProfilePath(SRGB_PROFILE.toString());
		configuration.setTagged(true);
	}

	private static Path prepare() {
		try {
			for (String path : FONT_FILES) {
				try (InputStream in = PdfArchival.class.getClassLoader().getResourceAsStream(path)) {
					if (in == null) {
						throw new IllegalStateException("font " + path + " is missing from the classpath");
					}
					BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null)
						.setIncludeCidSet(false);
				}
			}
			Path profile = Files.createTempFile("scorecard-srgb-", ".icc");
			profile.toFile().deleteOnExit();
			Files.write(profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
			return profile;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (DocumentException e) {
			throw new IllegalStateException("cannot prepare the PDF fonts: " + e.getMessage(), e);
		}
	}

}
