package dk.handleplan.documents.wordimport;

import dk.handleplan.documents.PlanDocument;
import java.util.List;

/** The plan read from a Word file as a draft, and what the user should check in it. */
public record ImportResult(PlanDocument draft, List<Problem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }
}
