package dk.handleplan.coercion;

import dk.handleplan.coercion.internal.MeasureKind;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of coercive measure: versioned reference data that administrators extend and retire
 * (valid to) when the law changes. A kind is never deleted, so old cases keep theirs.
 */
@ApplicationScoped
@Transactional
public class MeasureKindService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    /** The kinds, by name; only those for the rule set and valid on the day, when given. */
    public List<MeasureKindView> list(RuleSet rules, LocalDate validOn) {
        return em.createQuery("select k from MeasureKind k order by k.name, k.code", MeasureKind.class)
                .getResultList().stream()
                .filter(k -> (rules == null || k.appliesTo(rules)) && (validOn == null || k.validOn(validOn)))
                .map(MeasureKindService::view).toList();
    }

    public MeasureKindView get(long id) {
        return view(Lookup.require(em, MeasureKind.class, id, "Measure kind"));
    }

    public MeasureKindView create(@NotNull @Valid MeasureKindInput input) {
        check(input);
        if (byCode(input.code()) != null) {
            throw ConflictException.of("Code taken", "A kind of measure with the code " + input.code()
                    + " exists already; retire it (validTo) or choose another code.");
        }
        MeasureKind kind = new MeasureKind(input.code());
        kind.record(input);
        em.persist(kind);
        em.flush();
        return view(kind);
    }

    /** Changes the name, rule sets and validity; the code stays. Retire a kind by giving validTo. */
    public MeasureKindView update(long id, @NotNull @Valid MeasureKindInput input) {
        MeasureKind kind = Lookup.require(em, MeasureKind.class, id, "Measure kind");
        kind.checkVersion(input.version());
        if (!kind.getCode().equals(input.code())) {
            throw ValidationException.of("code", "the code of a kind cannot change (" + kind.getCode() + ")");
        }
        check(input);
        kind.record(input);
        em.flush();
        return view(kind);
    }

    /** The kind with this code, or null. For this module's cases. */
    MeasureKind byCode(String code) {
        return em.createQuery("select k from MeasureKind k where k.code = :code", MeasureKind.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultList().stream().findFirst()
                .orElse(null);
    }

    private static void check(MeasureKindInput in) {
        if (in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw ValidationException.of("validTo", "lies before validFrom (" + in.validFrom() + ")");
        }
    }

    static MeasureKindView view(MeasureKind k) {
        Set<RuleSet> rules = EnumSet.noneOf(RuleSet.class);
        if (k.isForAdults()) {
            rules.add(RuleSet.ADULT);
        }
        if (k.isForChildren()) {
            rules.add(RuleSet.CHILD);
        }
        return new MeasureKindView(k.getId(), k.getCode(), k.getName(), rules, k.getValidFrom(), k.getValidTo(),
                k.getVersion());
    }
}
