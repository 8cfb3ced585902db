package dk.handleplan.goals.internal;

import dk.handleplan.kernel.Ordered;
import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A concrete goal (mål) of a theme section, with its expected effect (forventede effekt). */
@Entity
@Table(name = "gol_goal")
public class Goal extends TrackedEntity implements Ordered {

    @Id
    @SequenceGenerator(name = "gol_goal_seq", sequenceName = "gol_goal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gol_goal_seq")
    private Long id;

    @Column(name = "section_id", nullable = false, updatable = false)
    private long sectionId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "expected_effect", length = 4000)
    private String expectedEffect;

    @Column(nullable = false)
    private int position;

    protected Goal() {
    }

    public Goal(long sectionId, long planId, int position) {
        this.sectionId = sectionId;
        this.planId = planId;
        this.position = position;
    }

    public void describe(String text, String expectedEffect) {
        this.text = text.strip();
        this.expectedEffect = expectedEffect == null || expectedEffect.isBlank() ? null : expectedEffect.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Goal";
    }

    public long getSectionId() {
        return sectionId;
    }

    public long getPlanId() {
        return planId;
    }

    public String getText() {
        return text;
    }

    public String getExpectedEffect() {
        return expectedEffect;
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
