package vn.gov.scorecard.reporting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.gov.scorecard.province.Province;

/**
 * Who issues the documents and who signs them, and how the report step renders them.
 *
 * @param issuer the issuing body, e.g. "SỞ NỘI VỤ"
 * @param issuerParent the body above the issuer; empty: the province's People's Committee
 * ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG")
 * @param documentCode the code after the document number, e.g. "BC-SNV" (Số: …/BC-SNV)
 * @param place the place in the date line; empty: the province's name ("Tuyên Quang")
 * @param signerTitle e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
 * @param signerName the signer's full name (empty leaves the space for a handwritten
 * name, and the run warns that the report cannot be signed as it is)
 * @param issuerName the issuer as a sentence names it, e.g. "Sở Nội vụ"
 * @param basis the ranking report's legal basis, one "Căn cứ …;" line each, before the
 * sentence that says what it reports
 */
@ConfigurationProperties("scorecard.report")
public record ReportSettings(@DefaultValue("") String issuerParent, @DefaultValue("SỞ NỘI VỤ") String issuer,
		@DefaultValue("BC-SNV") String documentCode, @DefaultValue("") String place,
		@DefaultValue("GIÁM ĐỐC") String signerTitle, @DefaultValue("") String signerName,
		@DefaultValue("Sở Nội vụ") String issuerName, @DefaultValue( {
				"Căn cứ Kết luận số 226-KL/TW và các văn bản triển khai thực hiện Kết luận;",
				"Căn cứ Văn bản số 7176/UBND-NC và chỉ thị của Ủy ban nhân dân tỉnh về chấn chỉnh lề lối làm việc,"
						+ " giảm văn bản, hội nghị và xử lý công việc trên môi trường số;" }) List<String> basis){

	/**
	 * These settings with the province's committee and name where the heading and the
	 * place are left empty.
	 */
	public ReportSettings headedBy(Province province) {
		return new ReportSettings(issuerParent.isBlank() ? province.committee() : issuerParent, issuer, documentCode,
				place.isBlank() ? province.name() : place, signerTitle, signerName, issuerName, basis);
	}

	/**
	 * Why the ranking report cannot be signed as it is, in the run's warnings; empty when
	 * it can.
	 */
	public List<String> unsigned() {
		return signerName.isBlank() ? List.of("Báo cáo ranking.pdf chưa có họ tên người ký (cài đặt"
				+ " scorecard.report.signer-name trống): cần bổ sung trước khi ký, gửi.") : List.of();
	}
}
