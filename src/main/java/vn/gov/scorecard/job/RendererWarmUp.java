package vn.gov.scorecard.job;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.reporting.ReportRenderer;

/**
 * At the first run of the process, renders a specimen scorecard on a background thread
 * ({@link ReportRenderer#renderSpecimen}) while the load, count and score steps run. Those steps
 * mostly wait on PostgreSQL, so a core is free; the report step then starts with the renderer
 * warm, which takes 1 to 3 s off the bundled sample month's run (BENCHMARKS.md). Nothing
 * it renders is written, and a failure is only logged: the report step renders all the same.
 */
@Component
class RendererWarmUp implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);

	private final ReportRenderer renderer;
	private final AtomicBoolean started = new AtomicBoolean();

	RendererWarmUp(ReportRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		if (!started.compareAndSet(false, true)) {
			return;
		}
		RunParameters run = RunParameters.from(execution.getJobParameters());
		Thread thread = new Thread(() -> {
			long start = System.nanoTime();
			try {
				renderer.renderSpecimen(run.windows(), run.asOf(), OutputStream.nullOutputStream());
				log.info("renderer warmed up on a specimen scorecard in {} ms, beside the first steps",
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (Exception | LinkageError e) {
				log.warn("renderer warm-up failed ({}); the report step renders without it", e.toString());
			}
		}, "renderer-warm-up");
		// a run that ends early does not wait for it
		thread.setDaemon(true);
		thread.start();
	}
}
