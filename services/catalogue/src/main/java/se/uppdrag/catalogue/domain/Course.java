package se.uppdrag.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import se.uppdrag.platform.repository.TrackedEntity;

/** A course as a university publishes it: what it teaches and how many credits (högskolepoäng) it awards. */
@Entity
@Table(name = "course")
public class Course extends TrackedEntity {

    @Id
    public UUID id;

    /** The organisation number of the university that owns the course. */
    @Column(nullable = false, updatable = false)
    public String university;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public BigDecimal credits;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cycle cycle;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String language;

    // Read with the entity (in batches when many are loaded): views and JSON-LD are built after the transaction.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "course_learning_outcome", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    @Column(name = "outcome", nullable = false)
    public List<String> learningOutcomes = new ArrayList<>();

    /** The one employer a course made for it is shown to (besides its university); null for a public course. */
    @Column(name = "closed_to", updatable = false)
    public String closedTo;

    public boolean ownedBy(String organisation) {
        return university.equals(organisation);
    }
}
