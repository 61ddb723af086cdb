package vn.gov.scorecard.ingest;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SPEC §2: a file fails the run when its rejected rows are more than {@code share} of its
 * rows and more than {@code rows} in number, so one typo in a unit's ten-row file does
 * not stop the province, while a file that is broken throughout does.
 *
 * @param share the share of a file's rows that may be rejected (0.05 = 5%); a file whose
 * rejects are more than this share and more than {@code rows} fails the run
 * @param rows the rejects a file may always have, whatever its share
 */
@ConfigurationProperties("scorecard.reject-cap")
public record RejectCap(@DefaultValue("0.05") BigDecimal share, @DefaultValue("5") long rows) {

	public boolean exceededBy(long rejected, long read) {
		return rejected > rows && BigDecimal.valueOf(rejected).compareTo(share.multiply(BigDecimal.valueOf(read))) > 0;
	}

	@Override
	public String toString() {
		return share.movePointRight(2).stripTrailingZeros().toPlainString() + "% of its rows and " + rows + " rows";
	}
}
