package vn.gov.scorecard.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.output.Checkpoint;

/**
 * Holds a run at a checkpoint for as long as a test holds that point's advisory lock
 * ({@link TestDatabase#hold}): a test sees the run waiting there in pg_locks, then kills
 * it or lets it go, without sleeping for a time and hoping. A run on an embedded
 * database, which the test cannot reach before the run starts it, stops for good at the
 * point named by the property {@code checkpoints.stop-at}
 * ({@link ChildJvm.Setting#stopAt}) and says so in its log.
 */
@Component
@Profile("checkpoints")
class HeldCheckpoint implements Checkpoint {

	private static final Logger log = LoggerFactory.getLogger(HeldCheckpoint.class);

	private final JdbcTemplate jdbc;

	private final String stopAt;

	HeldCheckpoint(JdbcTemplate jdbc, @Value("${checkpoints.stop-at:}") String stopAt) {
		this.jdbc = jdbc;
		this.stopAt = stopAt;
	}

	@Override
	public void reached(String point) {
		log.info("checkpoint {}", point);
		if (point.equals(stopAt)) {
			log.info("stopped at {} until killed", point);
			try {
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		jdbc.queryForObject("SELECT pg_advisory_lock_shared(hashtext(?))::text", String.class,
				TestDatabase.checkpointKey(point));
		jdbc.queryForObject("SELECT pg_advisory_unlock_shared(hashtext(?))::text", String.class,
				TestDatabase.checkpointKey(point));
	}

}
