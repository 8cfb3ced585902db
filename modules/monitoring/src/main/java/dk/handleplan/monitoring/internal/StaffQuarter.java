package dk.handleplan.monitoring.internal;

import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.monitoring.LeaveReason;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.monitoring.StaffFigures;
import dk.handleplan.monitoring.StaffFiguresInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;

/** A department's staff figures for one quarter; at most one per department and quarter. */
@Entity
@Table(name = "mon_staff_quarter")
public class StaffQuarter extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "mon_staff_quarter_seq", sequenceName = "mon_staff_quarter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mon_staff_quarter_seq")
    private Long id;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(nullable = false, updatable = false)
    private String quarter;

    @Column(name = "headcount_start")
    private Integer headcountStart;

    @Column(name = "headcount_end")
    private Integer headcountEnd;

    @Column(name = "employment_days")
    private Double employmentDays;

    @Column(name = "left_resigned", nullable = false)
    private int resigned;

    @Column(name = "left_dismissed", nullable = false)
    private int dismissed;

    @Column(name = "left_retired", nullable = false)
    private int retired;

    @Column(name = "left_fixed_term", nullable = false)
    private int fixedTermEnded;

    @Column(name = "left_internal_move", nullable = false)
    private int internalMoves;

    @Column(nullable = false)
    private int hires;

    @Column(name = "sick_days", nullable = false)
    private int sickDays;

    @Column(name = "parental_leave_days", nullable = false)
    private int parentalLeaveDays;

    @Column(name = "planned_hours", nullable = false)
    private double plannedHours;

    @Column(name = "internal_temp_hours", nullable = false)
    private double internalTempHours;

    @Column(name = "external_temp_hours", nullable = false)
    private double externalTempHours;

    protected StaffQuarter() {
    }

    public StaffQuarter(long departmentId, long offerId, Quarter quarter) {
        this.departmentId = departmentId;
        this.offerId = offerId;
        this.quarter = quarter.toString();
    }

    public void record(StaffFiguresInput in) {
        headcountStart = in.headcountStart();
        headcountEnd = in.headcountEnd();
        employmentDays = in.employmentDays();
        resigned = in.resigned();
        dismissed = in.dismissed();
        retired = in.retired();
        fixedTermEnded = in.fixedTermEnded();
        internalMoves = in.internalMoves();
        hires = in.hires();
        sickDays = in.sickDays();
        parentalLeaveDays = in.parentalLeaveDays();
        plannedHours = in.plannedHours();
        internalTempHours = in.internalTempHours();
        externalTempHours = in.externalTempHours();
    }

    /** The figures the formulas take. */
    public StaffFigures figures() {
        Map<LeaveReason, Integer> leavers = new EnumMap<>(LeaveReason.class);
        leavers.put(LeaveReason.RESIGNED, resigned);
        leavers.put(LeaveReason.DISMISSED, dismissed);
        leavers.put(LeaveReason.RETIRED, retired);
        leavers.put(LeaveReason.FIXED_TERM_ENDED, fixedTermEnded);
        leavers.put(LeaveReason.INTERNAL_MOVE, internalMoves);
        return new StaffFigures(Quarter.parse(quarter, "quarter"), headcountStart, headcountEnd, employmentDays,
                leavers, hires, sickDays, parentalLeaveDays, plannedHours, internalTempHours, externalTempHours);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Staff figures";
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public long getOfferId() {
        return offerId;
    }

    public String getQuarter() {
        return quarter;
    }

    public Integer getHeadcountStart() {
        return headcountStart;
    }

    public Integer getHeadcountEnd() {
        return headcountEnd;
    }

    public Double getEmploymentDays() {
        return employmentDays;
    }

    public int getResigned() {
        return resigned;
    }

    public int getDismissed() {
        return dismissed;
    }

    public int getRetired() {
        return retired;
    }

    public int getFixedTermEnded() {
        return fixedTermEnded;
    }

    public int getInternalMoves() {
        return internalMoves;
    }

    public int getHires() {
        return hires;
    }

    public int getSickDays() {
        return sickDays;
    }

    public int getParentalLeaveDays() {
        return parentalLeaveDays;
    }

    public double getPlannedHours() {
        return plannedHours;
    }

    public double getInternalTempHours() {
        return internalTempHours;
    }

    public double getExternalTempHours() {
        return externalTempHours;
    }
}
