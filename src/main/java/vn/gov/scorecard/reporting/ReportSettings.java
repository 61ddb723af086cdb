package vn.gov.scorecard.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the documents and who signs them, and how the report step renders them.
 *
 * @param issuerParent the body above the issuer, e.g. "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"
 * @param issuer       the issuing body, e.g. "SỞ NỘI VỤ"
 * @param documentCode the code after the document number, e.g. "BC-SNV" (Số: …/BC-SNV)
 * @param place        the place in the date line, e.g. "Tuyên Quang"
 * @param signerTitle  e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
 * @param signerName   the signer's full name (empty leaves the space for a handwritten name)
 * @param quickCompiler whether the report step renders with HotSpot's quick compiler only ({@link QuickCompiler})
 */
@ConfigurationProperties("scorecard.report")
public record ReportSettings(@DefaultValue("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG") String issuerParent,
		@DefaultValue("SỞ NỘI VỤ") String issuer, @DefaultValue("BC-SNV") String documentCode,
		@DefaultValue("Tuyên Quang") String place, @DefaultValue("GIÁM ĐỐC") String signerTitle,
		@DefaultValue("") String signerName, @DefaultValue("true") boolean quickCompiler) {
}
