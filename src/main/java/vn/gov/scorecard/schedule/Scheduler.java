package vn.gov.scorecard.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * The scheduled mode's process ({@code --schedule}): it waits for each tick of the cron
 * holding nothing, not even a database connection, so that a run by hand,
 * {@code --history} or {@code --plan} can use the embedded database between ticks; at a
 * tick it has the application opened, the tick run ({@link ScheduledTick}) and the
 * application closed again.
 * <p>
 * Asked to stop (SIGTERM, as systemd stops a service), it stops the tick's run in
 * progress at the end of its current step, resumable, starts no other, and returns.
 */
public final class Scheduler {

	private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

	/**
	 * What a tick does, in an application of its own: run the tick of a day; stop it
	 * early.
	 */
	public interface Ticks {

		void tick(LocalDate day);

		void stopTick();

	}

	private final ScheduleProperties schedule;

	private final Clock clock;

	private final Ticks ticks;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final CountDownLatch finished = new CountDownLatch(1);

	/**
	 * @param clock gives the tick's day (the waits are in real time)
	 */
	public Scheduler(ScheduleProperties schedule, Clock clock, Ticks ticks) {
		this.schedule = schedule;
		this.clock = clock;
		this.ticks = ticks;
	}

	/** Ticks on the cron until {@link #stop()}. */
	public void run() {
		CronExpression cron = CronExpression.parse(schedule.cron());
		log.info(
				"scheduled mode: ticks on '{}' in {}; a period is due {} days after its end and open {} days more;"
						+ " the database is opened only during a tick",
				schedule.cron(), schedule.zone(), schedule.deliveryDays(), schedule.closeAfterDays());
		try {
			while (stopped.getCount() > 0) {
				ZonedDateTime now = ZonedDateTime.now(schedule.zone());
				ZonedDateTime next = cron.next(now);
				if (next == null || stopped.await(Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS)) {
					break;
				}
				tickNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			log.info("scheduled mode stopped");
			finished.countDown();
		}
	}

	/** Runs one tick now, for the clock's day, as the cron would. */
	public void tickNow() {
		ticks.tick(LocalDate.now(clock.withZone(schedule.zone())));
	}

	/**
	 * Stops the tick in progress at a safe point, and waits until the scheduler has
	 * returned.
	 */
	public void stop() throws InterruptedException {
		log.info("scheduled mode: stopping");
		stopped.countDown();
		ticks.stopTick();
		finished.await();
	}

}
