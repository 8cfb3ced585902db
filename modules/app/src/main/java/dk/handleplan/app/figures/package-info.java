/**
 * The monitoring figures as charts and comparison cells, independent of HTTP so the pages and, later,
 * the PDF and Word exports draw the same charts: {@link dk.handleplan.app.figures.ChartFigure} (what
 * each chart shows), {@link dk.handleplan.app.figures.FigureCharts} (key figures to a chart model),
 * and {@link dk.handleplan.app.figures.FigureReferences}, the one place that supplies target and
 * benchmark lines and statuses.
 */
package dk.handleplan.app.figures;
