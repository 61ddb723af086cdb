package vn.gov.scorecard.output;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many replaced runs the archive keeps per period.
 *
 * @param keep the newest archived runs of each period to keep, older ones deleted when a
 * run is published; 0 (the default) keeps every one, as SPEC §6 promises ("a scorecard
 * once sent stays findable")
 */
@ConfigurationProperties("scorecard.archive")
public record ArchiveSettings(@DefaultValue("0") int keep) {

	public ArchiveSettings {
		if (keep < 0) {
			throw new IllegalArgumentException(
					"scorecard.archive.keep must be 0 (keep every run) or more, not " + keep);
		}
	}
}
