package dk.handleplan.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * An offer's key figures of a calendar year for its annual report on Tilbudsportalen (due 1 May the
 * year after): each computed from the year's own data by its own definition (not by adding quarters),
 * all departments together and per department. {@code complete} is false while a department lacks a
 * quarter's figures; {@code missing} names them ("Hus Birk: 2024-Q2").
 */
public record AnnualKeyFiguresView(long offerId, String offer, int year, LocalDate dueDate, boolean complete,
        List<String> missing, KeyFiguresView.Period total, List<DepartmentYear> departments,
        boolean internalMovesCounted) {

    public record DepartmentYear(long departmentId, String department, KeyFiguresView.Period figures) {
    }
}
