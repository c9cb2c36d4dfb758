package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.agreement.domain.KnownCourse;
import se.uppdrag.agreement.repository.KnownCourseRepository;
import se.uppdrag.platform.inbox.PoisonEventException;

/** Keeps this service's copy of the catalogue's courses: which university each belongs to. */
@ApplicationScoped
public class CourseFacts {

    @Inject
    KnownCourseRepository courses;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(UUID courseId, String university, String code, String title) {
        KnownCourse course = courses.findById(courseId);
        if (course == null) {
            course = new KnownCourse();
            course.courseId = courseId;
        } else if (!course.university.equals(university)) {
            throw new PoisonEventException("course " + courseId + " belongs to " + course.university
                    + " but the event says " + university);
        }
        course.university = university;
        course.code = code;
        course.title = title;
        course.updatedAt = Instant.now(clock);
        courses.persist(course);
    }
}
