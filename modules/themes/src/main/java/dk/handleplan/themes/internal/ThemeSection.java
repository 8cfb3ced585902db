package dk.handleplan.themes.internal;

import dk.handleplan.kernel.Ordered;
import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A block of the plan under one theme: the subject (what must change and why). */
@Entity
@Table(name = "thm_section")
public class ThemeSection extends TrackedEntity implements Ordered {

    @Id
    @SequenceGenerator(name = "thm_section_seq", sequenceName = "thm_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thm_section_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "theme_id", nullable = false)
    private long themeId;

    @Column(nullable = false, length = 4000)
    private String subject;

    @Column(name = "indicator_ref")
    private String indicatorRef;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(nullable = false)
    private int position;

    protected ThemeSection() {
    }

    public ThemeSection(long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    public void describe(long themeId, String subject, String indicatorRef, Long departmentId) {
        this.themeId = themeId;
        this.subject = subject.strip();
        this.indicatorRef = indicatorRef == null || indicatorRef.isBlank() ? null : indicatorRef.strip();
        this.departmentId = departmentId;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Section";
    }

    public long getPlanId() {
        return planId;
    }

    public long getThemeId() {
        return themeId;
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicatorRef() {
        return indicatorRef;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }
}
