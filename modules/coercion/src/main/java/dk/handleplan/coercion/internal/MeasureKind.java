package dk.handleplan.coercion.internal;

import dk.handleplan.coercion.MeasureKindInput;
import dk.handleplan.coercion.RuleSet;
import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A kind of coercive measure, valid from a date and, once the law changes, to one; never deleted. */
@Entity
@Table(name = "coe_measure_kind")
public class MeasureKind extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "coe_measure_kind_seq", sequenceName = "coe_measure_kind_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coe_measure_kind_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "for_adults", nullable = false)
    private boolean forAdults;

    @Column(name = "for_children", nullable = false)
    private boolean forChildren;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected MeasureKind() {
    }

    public MeasureKind(String code) {
        this.code = code;
    }

    public void record(MeasureKindInput in) {
        name = in.name().strip();
        forAdults = in.ruleSets().contains(RuleSet.ADULT);
        forChildren = in.ruleSets().contains(RuleSet.CHILD);
        validFrom = in.validFrom();
        validTo = in.validTo();
    }

    public boolean appliesTo(RuleSet rules) {
        return rules == RuleSet.ADULT ? forAdults : forChildren;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Measure kind";
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isForAdults() {
        return forAdults;
    }

    public boolean isForChildren() {
        return forChildren;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
