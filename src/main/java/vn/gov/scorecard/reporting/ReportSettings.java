package vn.gov.scorecard.reporting;

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
 * name)
 */
@ConfigurationProperties("scorecard.report")
public record ReportSettings(@DefaultValue("") String issuerParent, @DefaultValue("SỞ NỘI VỤ") String issuer,
		@DefaultValue("BC-SNV") String documentCode, @DefaultValue("") String place,
		@DefaultValue("GIÁM ĐỐC") String signerTitle, @DefaultValue("") String signerName) {

	/**
	 * These settings with the province's committee and name where the heading and the
	 * place are left empty.
	 */
	public ReportSettings headedBy(Province province) {
		return new ReportSettings(issuerParent.isBlank() ? province.committee() : issuerParent, issuer, documentCode,
				place.isBlank() ? province.name() : place, signerTitle, signerName);
	}
}
