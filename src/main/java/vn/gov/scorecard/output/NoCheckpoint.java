package vn.gov.scorecard.output;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A run passes its checkpoints without stopping. */
@Component
@Profile("!checkpoints")
class NoCheckpoint implements Checkpoint {

	@Override
	public void reached(String point) {
	}

}
