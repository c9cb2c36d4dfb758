package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A course as the catalogue announced it; agreements may cover only their own university's courses. */
@Entity
@Table(name = "known_course")
public class KnownCourse {

    @Id
    @Column(name = "course_id")
    public UUID courseId;

    @Column(nullable = false)
    public String university;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
