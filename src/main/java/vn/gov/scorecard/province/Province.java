package vn.gov.scorecard.province;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province whose records a database holds: one per database (SPEC §2 v3). Its name
 * also heads the documents, unless {@code scorecard.report.issuer-parent} and
 * {@code scorecard.report.place} say otherwise.
 *
 * @param code the province whose records the database holds, by a stable code, such as
 * {@code TUYEN_QUANG} (decision 60)
 * @param name the province's name as documents write it, such as {@code Tuyên Quang}
 */
@ConfigurationProperties("scorecard.province")
public record Province(@DefaultValue("TUYEN_QUANG") String code, @DefaultValue("Tuyên Quang") String name) {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * The body above Sở Nội vụ, as a document's heading writes it: "ỦY BAN NHÂN DÂN TỈNH
	 * TUYÊN QUANG".
	 */
	public String committee() {
		return "ỦY BAN NHÂN DÂN TỈNH " + name.toUpperCase(VIETNAMESE);
	}

	@Override
	public String toString() {
		return code + " (" + name + ")";
	}
}
