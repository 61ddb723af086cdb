package vn.gov.scorecard.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * One bar of the scorecard's chart, drawn as vector graphics: the result as a bar (green
 * when met, red when not) from the zero of its scale on a grey track, and the target as a
 * black mark; where the scale runs below zero (a cut, which is negative when the unit
 * issued more than the year before), a thin zero line, and a negative result runs left of
 * it. It carries no text, so every label stays real, extractable text in the report.
 */
final class BulletBar extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	private static final Color MET = new Color(0x4C, 0x9A, 0x2A);

	private static final Color NOT_MET = new Color(0xC0, 0x39, 0x2B);

	private static final Color TRACK = new Color(0xE6, 0xE6, 0xE6);

	private final double result;

	private final double target;

	private final double zero;

	private final boolean met;

	/**
	 * @param result where the bar ends, as a share of the track (clamped to 0 … 1)
	 * @param target where the target mark stands, as a share of the track
	 * @param zero where the scale's zero stands, as a share of the track: 0 for a scale
	 * from zero up
	 */
	BulletBar(double result, double target, double zero, boolean met) {
		this.result = Math.max(0, Math.min(1, result));
		this.target = Math.max(0, Math.min(1, target));
		this.zero = zero;
		this.met = met;
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		double x = area.getX();
		double y = area.getY();
		double width = area.getWidth();
		double height = area.getHeight();
		graphics.setColor(TRACK);
		graphics.fill(new Rectangle2D.Double(x, y + height * 0.2, width, height * 0.6));
		graphics.setColor(met ? MET : NOT_MET);
		double from = Math.min(zero, result);
		graphics.fill(new Rectangle2D.Double(x + width * from, y + height * 0.2, width * Math.abs(result - zero),
				height * 0.6));
		if (zero > 0) {
			graphics.setColor(Color.DARK_GRAY);
			graphics.setStroke(new BasicStroke(0.5f));
			graphics.draw(new Line2D.Double(x + width * zero, y + height * 0.1, x + width * zero, y + height * 0.9));
		}
		graphics.setColor(Color.BLACK);
		graphics.setStroke(new BasicStroke(1.5f));
		double mark = x + width * target;
		graphics.draw(new Line2D.Double(mark, y, mark, y + height));
	}

}
