package vn.gov.scorecard.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled mode's tick and the delivery calendar it follows (SPEC §7 v3).
 *
 * @param cron when to tick: second minute hour day month weekday (default every day at
 * 02:00)
 * @param zone the time zone of the cron and of the tick's day
 * @param deliveryDays days after a period's last day by which units deliver it: the
 * period is due from the day after
 * @param closeAfterDays days after the delivery deadline during which a changed input
 * runs a period again
 */
@ConfigurationProperties("scorecard.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 * * *") String cron,
		@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone, @DefaultValue("5") int deliveryDays,
		@DefaultValue("10") int closeAfterDays) {
}
