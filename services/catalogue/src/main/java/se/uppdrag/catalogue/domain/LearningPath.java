package se.uppdrag.catalogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An ordered set of courses (lärväg), possibly from several universities. */
@Entity
@Table(name = "learning_path")
public class LearningPath {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;

    // Read with the entity (in batches when many are loaded): views and JSON-LD are built after the transaction.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "learning_path_course", joinColumns = @JoinColumn(name = "learning_path_id"))
    @OrderColumn(name = "position")
    @Column(name = "course_id", nullable = false)
    public List<UUID> courseIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
