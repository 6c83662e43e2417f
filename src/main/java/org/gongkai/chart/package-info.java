/**
 * Charts stage: server-side SVG drawn in Java from the model's exact figures. Each chart has a
 * {@code <title>} and {@code <desc>}, is styled by CSS classes only, and is laid out so that labels
 * never overlap or leave the canvas. Stateless and thread-safe.
 *
 * <p>One class per chart: {@link org.gongkai.chart.HorizontalBarChart} (functional classification,
 * departments of a year), {@link org.gongkai.chart.BreakdownChart} (economic classification),
 * {@link org.gongkai.chart.GroupedBarChart} (budget against actual), {@link
 * org.gongkai.chart.TrendChart} (a department over the years) and {@link
 * org.gongkai.chart.IndicatorChart} (performance indicators). They take small records of labels and
 * exact values ({@link org.gongkai.chart.Bar}, {@link org.gongkai.chart.Cluster}, ...) with the
 * values already printed by the page, and know nothing of the model.
 *
 * <p>Layout conventions, all in user units of the viewBox: text is measured without a font by
 * {@code TextWidth} and {@code Metrics} (CJK one em, 6 % to spare); labels sit on their own lines
 * above their bars, so that they have the whole width on a phone; every chart is at least 480 units
 * wide and is shown at 0.72 px per unit, which keeps its text about 14 px on a desktop and 13 px on
 * a 360 px phone.
 */
package org.gongkai.chart;
