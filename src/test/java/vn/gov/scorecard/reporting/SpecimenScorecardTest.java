package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.province.Province;
import vn.gov.scorecard.period.Windows;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.Pipeline;

/**
 * The warm-up's specimen scorecard renders whole, for every kind of period: if it stopped
 * rendering, the warm-up would only log a warning and every run would quietly be slower again.
 */
class SpecimenScorecardTest {

	private static final ReportSettings SETTINGS = new ReportSettings("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "SỞ NỘI VỤ",
			"BC-SNV", "Tuyên Quang", "GIÁM ĐỐC", "", true);

	@ParameterizedTest
	@ValueSource(strings = { "2026-09", "2026-Q3", "2026-H2", "2026" })
	void rendersEveryPartOfAScorecardAndItsPage(String period, @TempDir Path folder) throws Exception {
		// the report step's renderer, without a database: the specimen reads nothing
		ReportRenderer renderer = new ReportRenderer(null, Pipeline.RULES, SETTINGS, new Province("TUYEN_QUANG", "Tuyên Quang"));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		// a run's windows, as RunParameters gives them: the period's and its course's, newest first
		List<Windows> windows = Period.parse(period).course(12).stream().map(p -> Windows.asOf(p, LocalDate.of(2027, 2, 1)))
				.toList();
		String page = renderer.renderSpecimen(windows, LocalDate.of(2027, 2, 1), pdf);

		Path file = Files.write(folder.resolve("specimen.pdf"), pdf.toByteArray());
		PdfText text = PdfText.read(file);
		// every commune indicator at 3 of 4 (the report 1 of 1), with rules.yml's weights:
		// DIGITAL_RATE 20 × 3/4 = 15, DOSSIER_ON_TIME and TASK_ON_TIME 15 × 3/4 = 11.25 each,
		// DURATION_OK and SPEECH_OK 5 × 3/4 = 3.75 each (all "= 100%", not met); the reductions
		// (4 − 3)/4 = 25% ≥ 15% and ≥ 10%, online 75% ≥ 60%, 3 wide conferences ≤ 3 and the report
		// are met: 10 + 5 + 10 + 5 + 10. Σ = 85 of 100
		assertThat(text.flat()).contains("của Xã Mẫu", "Điểm tổng hợp: 85,00/100", "Xếp loại: Hoàn thành tốt nhiệm vụ",
				"Xếp thứ 3/10 xã, phường", "Không đạt (2 kỳ liền)", "qua 12 kỳ gần nhất", "Bản ghi mẫu 2 (02/01)");
		assertThat(text.fontsNotEmbedded()).isEmpty();
		assertThat(page).contains("của Xã Mẫu", "Điểm tổng hợp: 85,00/100", "Bản ghi mẫu 2 (02/01)");
	}
}
