package dk.handleplan.themes.internal;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.themes.PlanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An offer's action plan (handleplan) answering one supervision visit. */
@Entity
@Table(name = "thm_plan")
public class ActionPlan extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "thm_plan_seq", sequenceName = "thm_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thm_plan_seq")
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    /** The catalogue the plan was made with; it keeps it when the model changes. */
    @Column(name = "catalogue_id", nullable = false, updatable = false)
    private long catalogueId;

    @Column(nullable = false)
    private String title;

    private String authority;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "report_date")
    private LocalDate reportDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    protected ActionPlan() {
    }

    public ActionPlan(long offerId, long catalogueId) {
        this.offerId = offerId;
        this.catalogueId = catalogueId;
        this.status = PlanStatus.DRAFT;
    }

    public void describe(String title, String authority, LocalDate visitDate, LocalDate reportDate,
            PlanStatus status) {
        this.title = title.strip();
        this.authority = authority == null || authority.isBlank() ? null : authority.strip();
        this.visitDate = visitDate;
        this.reportDate = reportDate;
        this.status = status == null ? this.status : status;
    }

    /** Refuses changes to the plan's content when the plan is archived or closed. */
    public void checkContentEditable() {
        checkActive();
        if (status == PlanStatus.CLOSED) {
            throw ConflictException.of("Closed plan",
                    "Plan " + id + " is closed; set its status back to active before changing its content.");
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Plan";
    }

    public long getOfferId() {
        return offerId;
    }

    public long getCatalogueId() {
        return catalogueId;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthority() {
        return authority;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public PlanStatus getStatus() {
        return status;
    }
}
