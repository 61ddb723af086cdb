package vn.gov.scorecard.schedule;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled mode's cron.
 *
 * @param cron when to run: second minute hour day month weekday (default 02:00 on the 1st)
 * @param zone the time zone of the cron and of the as-of date
 */
@ConfigurationProperties("scorecard.schedule")
public record ScheduleProperties(@DefaultValue("0 0 2 1 * *") String cron, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
