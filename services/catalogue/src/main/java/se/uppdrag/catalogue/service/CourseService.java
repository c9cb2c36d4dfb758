package se.uppdrag.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.repository.CourseRepository;
import se.uppdrag.catalogue.repository.LearningPathRepository;
import se.uppdrag.catalogue.repository.OccasionRepository;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

/** Courses: published and changed by their own university, read by anyone. */
@ApplicationScoped
public class CourseService {

    private static final Logger LOG = Logger.getLogger(CourseService.class);

    @Inject
    CourseRepository courses;

    @Inject
    OccasionRepository occasions;

    @Inject
    LearningPathRepository learningPaths;

    @Inject
    OfferingEvents events;

    @Inject
    Clock clock;

    @Transactional
    public Course create(String university, CourseRequest details) {
        OccasionRules.checkCredits(details.credits());
        requireFreeCode(university, details.code(), null);
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.university = university;
        course.createdAt = Instant.now(clock);
        apply(course, details);
        courses.persist(course);
        events.coursePublished(course);
        LOG.infof("University %s published course %s %s (%s)", university, course.code, course.title, course.id);
        return course;
    }

    /** Replaces the course's details; the course and its published occasions are announced again. */
    @Transactional
    public Course update(String university, UUID id, CourseRequest details) {
        OccasionRules.checkCredits(details.credits());
        Course course = owned(university, id);
        requireFreeCode(university, details.code(), id);
        apply(course, details);
        events.courseChanged(course);
        for (Occasion occasion : occasions.ofCourse(id)) {
            if (!occasion.isWithdrawn()) {
                events.changed(occasion);
            }
        }
        LOG.infof("University %s changed course %s (%s)", university, course.code, course.id);
        return course;
    }

    /** A course the viewer may see: a closed one only by its employer, its university and operators. */
    @Transactional
    public Course get(UUID id, Optional<Viewer> viewer) {
        return courses.findByIdOptional(id)
                .filter(c -> ClosedVisibility.visible(c.university, c.closedTo, viewer))
                .orElseThrow(() -> ProblemException.notFound("course", id));
    }

    @Transactional
    public PageOf<Course> list(String university, Optional<Viewer> viewer, int page, int size) {
        return courses.list(university, viewer, page, size);
    }

    /** The organisation numbers of the universities that have published courses. */
    @Transactional
    public List<String> universities() {
        return courses.universities();
    }

    /** A course or learning path page a training registry should harvest, and when it last changed. */
    public record HarvestEntry(String path, LocalDate lastModified) {}

    /** Every page of the open catalogue, at most {@code limit}. */
    @Transactional
    public List<HarvestEntry> harvestEntries(int limit) {
        List<HarvestEntry> entries = new ArrayList<>();
        courses.find("closedTo is null").page(0, limit).stream()
                .forEach(c -> entries.add(new HarvestEntry(
                        "/courses/" + c.id, c.updatedAt.atOffset(ZoneOffset.UTC).toLocalDate())));
        learningPaths.findAll().page(0, Math.max(1, limit - entries.size())).stream()
                .forEach(p -> entries.add(new HarvestEntry(
                        "/learning-paths/" + p.id,
                        p.createdAt.atOffset(ZoneOffset.UTC).toLocalDate())));
        return entries;
    }

    /** The course if it exists and belongs to this university; another university's course is as good as absent. */
    Course owned(String university, UUID id) {
        return courses.findByIdOptional(id)
                .filter(c -> c.ownedBy(university))
                .orElseThrow(() -> ProblemException.notFound("course", id));
    }

    private void requireFreeCode(String university, String code, UUID except) {
        if (courses.codeTaken(university, code, except == null ? new UUID(0, 0) : except)) {
            throw ProblemException.conflict("Your university already has a course with code " + code);
        }
    }

    private void apply(Course course, CourseRequest details) {
        course.code = details.code().trim();
        course.title = details.title().trim();
        course.description = details.description().trim();
        course.credits = details.credits();
        course.cycle = details.cycle();
        course.subject = details.subject().trim();
        course.language = details.language();
        course.learningOutcomes.clear();
        course.learningOutcomes.addAll(details.learningOutcomesOrEmpty());
        course.updatedAt = Instant.now(clock);
    }
}
