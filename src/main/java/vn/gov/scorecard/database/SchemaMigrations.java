package vn.gov.scorecard.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs each migration a start applies to the database's schema, so that an upgrade says
 * what it changed; a start with nothing to migrate says nothing (its output may be
 * {@code --history}'s).
 */
@Component
class SchemaMigrations implements Callback {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_EACH_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		log.info("database schema: applied {}{}",
				context.getMigrationInfo().getVersion() == null ? ""
						: "V" + context.getMigrationInfo().getVersion() + " ",
				context.getMigrationInfo().getDescription());
	}

	@Override
	public String getCallbackName() {
		return "log";
	}

}
