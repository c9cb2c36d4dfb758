package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One participant's answers, anonymous: where they were given (occasion, course, university, the employer that
 * commissioned the seat, so each side sees its own aggregates) and nothing that leads back to who gave them.
 */
@Entity
@Table(name = "evaluation_answer")
public class EvaluationAnswer {

    @Id
    public UUID id;

    @Column(name = "occasion_id", nullable = false, updatable = false)
    public UUID occasionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    public UUID courseId;

    @Column(nullable = false, updatable = false)
    public String university;

    @Column(nullable = false, updatable = false)
    public String employer;

    @Column(nullable = false, updatable = false)
    public int overall;

    @Column(nullable = false, updatable = false)
    public int relevance;

    @Column(nullable = false, updatable = false)
    public int teaching;

    @Column(nullable = false, updatable = false)
    public int organisation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Map<UUID, Integer> custom;

    @Column(updatable = false)
    public String comment;
}
