package dk.handleplan.app.figures;

import dk.handleplan.charts.ChartRenderer;
import dk.handleplan.monitoring.KeyFiguresReports;
import dk.handleplan.monitoring.KeyFiguresView;
import dk.handleplan.monitoring.References;
import dk.handleplan.monitoring.Status;
import dk.handleplan.people.OfferView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Departments side by side for a quarter: per offer a row per department and the offer's total, each
 * cell a figure with its status against what {@link FigureReferences} gives (neutral when nothing).
 * All figures come from one query ({@link KeyFiguresReports#compare}).
 */
@ApplicationScoped
public class Comparison {

    /** The columns after the name: average staff, then each figure for the quarter or the rolling year. */
    public static final List<Column> COLUMNS = List.of(
            new Column(null, false, "Gns. antal ansatte", "kvartalet"),
            new Column(ChartFigure.TURNOVER, false, "Personalegennemstrømning", "kvartalet"),
            new Column(ChartFigure.TURNOVER, true, "Personalegennemstrømning", "rullende år"),
            new Column(ChartFigure.SICK_LEAVE_TILBUDSPORTALEN, true, "Sygefravær, Tilbudsportalen-metoden",
                    "rullende år, dage pr. årsværk inkl. barsel"),
            new Column(ChartFigure.SICK_LEAVE_MUNICIPAL, true, "Sygefravær, kommunal benchmark",
                    "rullende år, arbejdsdage pr. fuldtidsansat"),
            new Column(ChartFigure.TEMP_SHARE, false, "Vikarandel", "kvartalet"));

    @Inject
    KeyFiguresReports reports;
    @Inject
    FigureReferences references;

    /** A column: the figure (null for average staff) and whether it is the rolling year's. */
    public record Column(ChartFigure figure, boolean rollingYear, String heading, String period) {
    }

    /**
     * One figure in the table. {@code status} null is neutral (nothing to measure against); the page
     * shows a status as a colour and always as words too. {@code note} says when a rolling year has
     * fewer than four quarters of figures.
     */
    public record Cell(String text, Double value, Status status, String statusText, String note) {

        /** The CSS class of the status colour. */
        public String css() {
            if (status == null) {
                return "status-neutral";
            }
            return switch (status) {
                case BETTER -> "status-bedre";
                case WITHIN_10_PERCENT -> "status-taet";
                case WORSE -> "status-daarligere";
            };
        }

    }

    /** A department's row, or the offer's total row (departmentId null). */
    public record Row(Long departmentId, String name, List<String> quarters, List<Cell> cells) {
    }

    public record OfferTable(OfferView offer, List<Row> departments, Row total) {
    }

    /** The offers' departments for the quarter, in the offers' order and each offer's department order. */
    public List<OfferTable> of(List<OfferView> offers, String quarter, boolean countInternalMoves) {
        List<OfferTable> tables = new ArrayList<>();
        References refs = references.of(offers.stream().map(OfferView::id).toList());
        for (KeyFiguresReports.OfferFigures o : reports.compare(offers, quarter, countInternalMoves)) {
            List<Row> rows = new ArrayList<>();
            for (KeyFiguresReports.DepartmentFigures d : o.departments()) {
                rows.add(row(refs, FigureScope.department(o.offer().id(), d.department().id()), d.department().id(),
                        d.department().name(), d.figures()));
            }
            tables.add(new OfferTable(o.offer(), rows, row(refs, FigureScope.offer(o.offer().id()), null,
                    "I alt " + o.offer().name(), o.total())));
        }
        return tables;
    }

    private Row row(References refs, FigureScope scope, Long departmentId, String name, KeyFiguresView k) {
        List<Cell> cells = new ArrayList<>();
        for (Column column : COLUMNS) {
            KeyFiguresView.Period period = column.rollingYear() ? k.rollingYear() : k.quarterFigures();
            if (column.figure() == null) {
                Double staff = period.averageStaff();
                cells.add(new Cell(staff == null ? "–" : ChartRenderer.format(staff, 1), staff, null, null, null));
                continue;
            }
            Double value = column.figure().of(period);
            int quarters = period.quarters().size();
            String note = column.rollingYear() && value != null && quarters < 4 ? quarters + " af 4 kvartaler" : null;
            FigureReferences.Assessment a = references.assess(refs, scope, column.figure(), k.quarter(),
                    column.rollingYear(), value);
            cells.add(new Cell(value == null ? "–" : ChartRenderer.format(value, column.figure().decimals())
                    + column.figure().unit(), value, a == null ? null : a.status(), a == null ? null : a.text(), note));
        }
        return new Row(departmentId, name, k.rollingYear().quarters(), cells);
    }
}
