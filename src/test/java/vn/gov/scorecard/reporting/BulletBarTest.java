package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;

/**
 * A cut below zero is drawn left of the zero line, not as an empty bar like 0% (issue
 * 27): the bar of a cut of −20% on a scale of −100% … 100% (zero at the middle, 100 px of
 * a 200-px track) covers x = 80 … 100, red; right of zero the track is bare until the
 * target of 15% at x = 115.
 */
class BulletBarTest {

	private static final int RED = 0xC0392B;

	private static final int TRACK = 0xE6E6E6;

	@Test
	void aNegativeCutRunsLeftOfTheZeroLine() {
		// −20%: (1 − 0,2) / 2 = 0,4 of the track → x = 80; 15%: (1 + 0,15) / 2 = 0,575
		BufferedImage image = draw(new BulletBar(0.4, 0.575, 0.5, false));
		assertThat(rgb(image, 79)).isEqualTo(TRACK);
		assertThat(rgb(image, 81)).isEqualTo(RED);
		assertThat(rgb(image, 98)).isEqualTo(RED);
		assertThat(rgb(image, 105)).isEqualTo(TRACK);
	}

	@Test
	void aRateRunsFromTheLeftEdge() {
		// 40% of a 0 … 100% track: x = 0 … 80, no zero line
		BufferedImage image = draw(new BulletBar(0.4, 1, 0, false));
		assertThat(rgb(image, 1)).isEqualTo(RED);
		assertThat(rgb(image, 78)).isEqualTo(RED);
		assertThat(rgb(image, 82)).isEqualTo(TRACK);
	}

	private static BufferedImage draw(BulletBar bar) {
		BufferedImage image = new BufferedImage(200, 20, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		bar.render(DefaultJasperReportsContext.getInstance(), graphics, new Rectangle2D.Double(0, 0, 200, 20));
		graphics.dispose();
		return image;
	}

	/** The colour in the middle of the bar's height. */
	private static int rgb(BufferedImage image, int x) {
		return image.getRGB(x, 10) & 0xFFFFFF;
	}

}
