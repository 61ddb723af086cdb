package vn.gov.scorecard.reporting;

/**
 * Who issues the documents and who signs them: {@code scorecard.report.*} properties.
 *
 * @param issuerParent the body above the issuer, e.g. "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"
 * @param issuer       the issuing body, e.g. "SỞ NỘI VỤ"
 * @param documentCode the code after the document number, e.g. "BC-SNV" (Số: …/BC-SNV)
 * @param place        the place in the date line, e.g. "Tuyên Quang"
 * @param signerTitle  e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
 * @param signerName   the signer's full name (empty leaves the space for a handwritten name)
 */
public record ReportSettings(String issuerParent, String issuer, String documentCode, String place,
		String signerTitle, String signerName) {
}
