package vn.gov.scorecard.output;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a finished run takes the period folder's place.
 *
 * @param swap {@code auto} (the default): in one exchange of the two folders where the
 * file system can (Linux's renameat2 on ext4, xfs, btrfs, tmpfs), else in two renames;
 * {@code rename}: always in two renames, for a file system that claims the exchange but
 * does not do it atomically. Between the two renames the period folder is missing for an
 * instant; a run killed there finishes the swap when the same command runs again
 */
@ConfigurationProperties("scorecard.publish")
public record PublishSettings(@DefaultValue("auto") Swap swap) {

	public enum Swap {

		AUTO, RENAME

	}
}
