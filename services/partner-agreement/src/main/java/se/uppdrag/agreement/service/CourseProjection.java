package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.agreement.repository.KnownCourseRepository;
import se.uppdrag.platform.inbox.PoisonEventException;

/** Keeps this service's copy of the catalogue's courses: which university each belongs to. */
@ApplicationScoped
public class CourseProjection {

    @Inject
    KnownCourseRepository courses;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(UUID courseId, String university, String code, String title) {
        courses.learn(courseId, university, code, title, Instant.now(clock)).ifPresent(owner -> {
            throw new PoisonEventException(
                    "course " + courseId + " belongs to " + owner + " but the event says " + university);
        });
    }
}
