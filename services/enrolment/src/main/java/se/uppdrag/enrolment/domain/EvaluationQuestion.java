package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A question of the university's own for a course's evaluations, answered 1-5 after the standard ones. */
@Entity
@Table(name = "evaluation_question")
public class EvaluationQuestion {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    public UUID courseId;

    @Column(nullable = false, updatable = false)
    public String university;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
