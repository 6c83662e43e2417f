/**
 * Charts stage: server-side SVG drawn in Java from the model's exact figures. Each chart has a
 * {@code <title>} and {@code <desc>}, is styled by CSS classes only, and is laid out so that labels
 * never overlap or leave the canvas. Stateless and thread-safe.
 */
package org.gongkai.chart;
