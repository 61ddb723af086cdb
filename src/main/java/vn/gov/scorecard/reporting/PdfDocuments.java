package vn.gov.scorecard.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a compiled report and writes it as an archival PDF (PDF/A-2b). The PDF's fonts
 * are embedded with Identity-H (DejaVu from jasperreports-fonts, Liberation Serif from
 * our own font extension), so every Vietnamese letter survives.
 */
final class PdfDocuments {

	private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

	private PdfDocuments() {
	}

	/**
	 * Loads {@code reports/<name>.jasper} from the classpath: the template
	 * {@code reports/<name>.jrxml} as the build compiled it ({@link ReportCompiler}).
	 */
	static JasperReport load(String name) {
		try (InputStream compiled = PdfDocuments.class.getClassLoader()
			.getResourceAsStream("reports/" + name + ".jasper")) {
			if (compiled == null) {
				throw new IllegalStateException("missing compiled report reports/" + name
						+ ".jasper: the build compiles reports/*.jrxml (./mvnw package)");
			}
			long start = System.nanoTime();
			JasperReport report = (JasperReport) JRLoader.loadObject(compiled);
			log.info("report template {} loaded in {} ms", name, (System.nanoTime() - start) / 1_000_000);
			return report;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (JRException e) {
			throw new IllegalStateException("compiled report " + name + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Fills the report with its parameters and rows and writes the PDF with its metadata.
	 */
	static void write(JasperReport report, Map<String, Object> parameters, List<Map<String, ?>> rows, Path file,
			String title, String author, String subject) {
		try {
			JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
			Files.createDirectories(file.getParent());
			exportPdf(print, new SimpleOutputStreamExporterOutput(file.toFile()), title, author, subject);
		}
		catch (JRException | IOException e) {
			throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Fills a report of two parts, its body and its appendices, and writes them as one
	 * PDF: the appendices' pages numbered on from the body's ({@code pageOffset}), each
	 * part in its own page orientation.
	 */
	static void writeReport(JasperReport body, Map<String, Object> bodyParameters, List<Map<String, ?>> bodyRows,
			JasperReport appendix, Map<String, Object> appendixParameters, List<Map<String, ?>> appendixRows, Path file,
			String title, String author, String subject) {
		try {
			JasperPrint first = JasperFillManager.fillReport(body, bodyParameters,
					new JRMapCollectionDataSource(bodyRows));
			Map<String, Object> numbered = new HashMap<>(appendixParameters);
			numbered.put("pageOffset", first.getPages().size());
			JasperPrint second = JasperFillManager.fillReport(appendix, numbered,
					new JRMapCollectionDataSource(appendixRows));
			Files.createDirectories(file.getParent());
			List<JasperPrint> parts = List.of(first, second);
			exportPdf(SimpleExporterInput.getInstance(parts), new SimpleOutputStreamExporterOutput(file.toFile()),
					title, author, subject);
		}
		catch (JRException | IOException e) {
			throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** Fills the report and writes the PDF into {@code pdf}, which is not closed. */
	static void write(JasperReport report, Map<String, Object> parameters, List<Map<String, ?>> rows, OutputStream pdf)
			throws JRException {
		JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
		exportPdf(print, new SimpleOutputStreamExporterOutput(pdf), "", "", "");
	}

	private static void exportPdf(JasperPrint print, SimpleOutputStreamExporterOutput output, String title,
			String author, String subject) throws JRException {
		exportPdf(new SimpleExporterInput(print), output, title, author, subject);
	}

	private static void exportPdf(SimpleExporterInput input, SimpleOutputStreamExporterOutput output, String title,
			String author, String subject) throws JRException {
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(input);
		exporter.setExporterOutput(output);
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setMetadataAuthor(author);
		configuration.setMetadataSubject(subject);
		configuration.setMetadataCreator("scorecard");
		configuration.setDisplayMetadataTitle(true);
		PdfArchival.configure(configuration);
		exporter.setConfiguration(configuration);
		exporter.exportReport();
	}

}
