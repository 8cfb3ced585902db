/**
 * Charts: quarterly trend charts (one or more series over quarters, gaps where a quarter has no
 * figure, dashed target and benchmark lines) rendered on the server by JFreeChart, as accessible SVG
 * for the pages and as PNG for exports. The model ({@link QuarterlyChart}) knows nothing of where the
 * figures come from, so staff figures, coercion counts or anything else quarterly can be drawn.
 * Depends on the kernel only; no HTTP, no persistence.
 */
package dk.handleplan.charts;
