package vn.gov.scorecard.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The scorecard's course chart, drawn as vector graphics: one column per period on a
 * 0–100 scale, coloured by the band the score falls in, with the band thresholds as
 * dashed lines. It carries no text: the periods, scores and ranks are written under it as
 * real text, one cell per column.
 */
final class TrendChart extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	/**
	 * From the best band to the lowest; a rule set with more bands reuses the last
	 * colour.
	 */
	static final Color[] BANDS = { new Color(0x1E, 0x7B, 0x34), new Color(0x2E, 0x6D, 0xB4),
			new Color(0xD4, 0x8A, 0x00), new Color(0xC0, 0x39, 0x2B) };

	/** The colours' names, for the key written under the chart. */
	static final String[] BAND_COLOUR_NAMES = { "xanh lá", "xanh dương", "vàng", "đỏ" };

	private static final Color GRID = new Color(0xA0, 0xA0, 0xA0);

	private static final Color AXIS = new Color(0x40, 0x40, 0x40);

	/**
	 * One column: the score (0–100), or null when the unit was not ranked then; its band,
	 * 0 the best.
	 */
	record Column(Double score, int band) {
	}

	private final List<Column> columns;

	private final List<Double> thresholds;

	private final int slots;

	/**
	 * @param thresholds the bands' lower bounds above 0, drawn as dashed lines
	 * @param slots how many columns the chart's width holds: the columns stand in the
	 * first ones, above the cells of text written under them
	 */
	TrendChart(List<Column> columns, List<Double> thresholds, int slots) {
		this.columns = List.copyOf(columns);
		this.thresholds = List.copyOf(thresholds);
		this.slots = Math.max(slots, columns.size());
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		double slot = area.getWidth() / Math.max(1, slots);
		double bottom = area.getMaxY();
		double height = area.getHeight();
		graphics.setColor(GRID);
		graphics.setStroke(
				new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 2f, 2f }, 0f));
		for (double threshold : thresholds) {
			double y = bottom - height * threshold / 100;
			graphics.draw(new Line2D.Double(area.getX(), y, area.getMaxX(), y));
		}
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			if (column.score() == null) {
				continue;
			}
			double top = height * Math.max(0, Math.min(100, column.score())) / 100;
			graphics.setColor(BANDS[Math.min(column.band(), BANDS.length - 1)]);
			graphics.fill(new Rectangle2D.Double(area.getX() + slot * i + slot * 0.2, bottom - top, slot * 0.6, top));
		}
		graphics.setColor(AXIS);
		graphics.setStroke(new BasicStroke(0.75f));
		graphics.draw(new Line2D.Double(area.getX(), bottom, area.getMaxX(), bottom));
	}

}
