package dk.handleplan.monitoring;

import java.util.List;

/**
 * What an import of staff figures found (a dry run) or did: every row with its figures and its
 * problems. Nothing is saved unless every row is valid; {@code saved} says whether this answer saved.
 */
public record StaffImportView(long offerId, int rowCount, boolean valid, boolean saved, List<RowView> rows,
        List<StaffFiguresCsv.Problem> fileProblems) {

    /**
     * One row: the department as written and as found ({@code departmentId} null if not found), the
     * figures read, its problems, and the id of the stored figures once saved.
     */
    public record RowView(int line, String department, Long departmentId, String departmentName,
            StaffFiguresInput figures, List<StaffFiguresCsv.Problem> problems, Long savedId) {
    }
}
