package dk.handleplan.app.rest;

import dk.handleplan.app.security.Guard;
import dk.handleplan.app.web.FormErrors;
import dk.handleplan.monitoring.StaffFiguresCsv;
import dk.handleplan.monitoring.StaffFiguresView;
import dk.handleplan.monitoring.StaffImportService;
import dk.handleplan.monitoring.StaffImportView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CSV import of an offer's staff figures (docs/csv-import.md). Not audited as a whole: each saved
 * quarter goes through {@link DepartmentsResource#addStaffFigures}, which the audit trail records,
 * and a dry run changes nothing.
 */
@RequestScoped
@Transactional
@Path("api/v1/offers/{id}/staff-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Quarterly staff figures and key figures")
public class StaffImportResource {

    public static final String CSV = "text/csv";

    @Inject
    StaffImportService imports;
    @Inject
    DepartmentsResource departments;

    @POST
    @Path("import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Import staff figures from CSV: with dryRun=true a preview (every row, its figures and"
            + " problems in English and Danish; nothing saved); without, every row saved in one transaction, or"
            + " none (400 naming the rows' problems, 409 when rows name figures that exist already)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public StaffImportView importCsv(@PathParam("id") long id, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            byte[] csv) {
        StaffImportView checked = withDanish(imports.preview(id, csv == null ? new byte[0] : csv));
        if (dryRun) {
            return checked;
        }
        imports.requireValid(checked);
        List<StaffImportView.RowView> saved = new ArrayList<>();
        for (StaffImportView.RowView row : checked.rows()) {
            StaffFiguresView stored = (StaffFiguresView) departments.addStaffFigures(row.departmentId(), row.figures())
                    .getEntity();
            saved.add(new StaffImportView.RowView(row.line(), row.department(), row.departmentId(), row.departmentName(),
                    row.figures(), List.of(), stored.id()));
        }
        return new StaffImportView(id, saved.size(), true, true, saved, List.of());
    }

    /** Fills in the Danish of problems the figures' rules gave in English only. */
    static StaffImportView withDanish(StaffImportView view) {
        List<StaffImportView.RowView> rows = view.rows().stream().map(r -> new StaffImportView.RowView(r.line(),
                r.department(), r.departmentId(), r.departmentName(), r.figures(), danish(r.problems()), r.savedId()))
                .toList();
        return new StaffImportView(view.offerId(), view.rowCount(), view.valid(), view.saved(), rows,
                danish(view.fileProblems()));
    }

    private static List<StaffFiguresCsv.Problem> danish(List<StaffFiguresCsv.Problem> problems) {
        return problems.stream().map(p -> p.danish() != null ? p : new StaffFiguresCsv.Problem(p.line(), p.column(),
                p.message(), FormErrors.danish(p.message()))).toList();
    }
}
