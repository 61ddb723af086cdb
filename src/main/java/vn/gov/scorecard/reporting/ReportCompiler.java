package vn.gov.scorecard.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code reports/*.jrxml} into a {@code .jasper} file when the project is
 * built (Maven's process-classes phase runs it), so that a run loads its report templates
 * instead of compiling them: compiling the scorecard took 1 to 2 s of every run. A
 * template that does not compile fails the build, not a run.
 */
public final class ReportCompiler {

	private ReportCompiler() {
	}

	/**
	 * @param args the folder of the JRXML templates, and the folder to write the compiled
	 * ones into
	 */
	public static void main(String[] args) throws IOException, JRException {
		Path sources = Path.of(args[0]);
		Path target = Files.createDirectories(Path.of(args[1]));
		List<Path> templates;
		try (Stream<Path> files = Files.list(sources)) {
			templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
		}
		for (Path template : templates) {
			String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
			JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
		}
	}

}
