package dk.handleplan.coercion;

import java.time.LocalDate;
import java.util.Set;

/** A kind of coercive measure, with the rule sets it applies to and when it is valid (validTo null: still). */
public record MeasureKindView(long id, String code, String name, Set<RuleSet> ruleSets, LocalDate validFrom,
        LocalDate validTo, long version) {
}
