package dk.handleplan.monitoring.internal;

import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.monitoring.Figure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What a department (or, departmentId null, the whole offer) aims for with a figure: a value, or to be
 * below a benchmark; measured on the quarter's figure or on the rolling year's.
 */
@Entity
@Table(name = "mon_target")
public class Target extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "mon_target_seq", sequenceName = "mon_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mon_target_seq")
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Figure figure;

    @Column(name = "rolling_year", nullable = false)
    private boolean rollingYear;

    @Column(name = "target_value")
    private Double value;

    @Column(name = "benchmark_id")
    private Long benchmarkId;

    @Column(name = "goal_id")
    private Long goalId;

    private String note;

    protected Target() {
    }

    public Target(long offerId, Long departmentId, Figure figure) {
        this.offerId = offerId;
        this.departmentId = departmentId;
        this.figure = figure;
    }

    public void record(boolean rollingYear, Double value, Long benchmarkId, Long goalId, String note) {
        this.rollingYear = rollingYear;
        this.value = value;
        this.benchmarkId = benchmarkId;
        this.goalId = goalId;
        this.note = Benchmark.blankToNull(note);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Target";
    }

    public long getOfferId() {
        return offerId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Figure getFigure() {
        return figure;
    }

    public boolean isRollingYear() {
        return rollingYear;
    }

    public Double getValue() {
        return value;
    }

    public Long getBenchmarkId() {
        return benchmarkId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public String getNote() {
        return note;
    }
}
