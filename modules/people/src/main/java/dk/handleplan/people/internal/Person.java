package dk.handleplan.people.internal;

import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "ppl_person")
public class Person extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "ppl_person_seq", sequenceName = "ppl_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ppl_person_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    private String email;

    @Column(name = "job_title")
    private String jobTitle;

    protected Person() {
    }

    public Person(String name, String email, String jobTitle) {
        describe(name, email, jobTitle);
    }

    public final void describe(String name, String email, String jobTitle) {
        this.name = name.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Person";
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }
}
