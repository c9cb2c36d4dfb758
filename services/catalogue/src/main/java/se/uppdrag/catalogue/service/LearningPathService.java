package se.uppdrag.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.LearningPath;
import se.uppdrag.catalogue.repository.CourseRepository;
import se.uppdrag.catalogue.repository.LearningPathRepository;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;

/** Learning paths: any university may combine courses of any universities into one path. */
@ApplicationScoped
public class LearningPathService {

    private static final Logger LOG = Logger.getLogger(LearningPathService.class);

    @Inject
    LearningPathRepository paths;

    @Inject
    CourseRepository courses;

    @Inject
    OfferingEvents events;

    @Inject
    Clock clock;

    /** A path with its courses in order. */
    public record PathWithCourses(LearningPath path, List<Course> courses) {}

    @Transactional
    public PathWithCourses publish(String university, LearningPathRequest details) {
        List<Course> inOrder = coursesOf(details);
        LearningPath path = new LearningPath();
        path.id = UUID.randomUUID();
        path.publishedBy = university;
        path.createdAt = Instant.now(clock);
        apply(path, details);
        paths.persist(path);
        events.learningPathPublished(path, inOrder);
        LOG.infof("University %s published learning path %s with %d courses", university, path.id, inOrder.size());
        return new PathWithCourses(path, inOrder);
    }

    /** Replaces the path's title, description and courses; only the university that published it may. */
    @Transactional
    public PathWithCourses update(String university, UUID id, LearningPathRequest details) {
        LearningPath path = paths.findByIdOptional(id)
                .filter(p -> p.publishedBy.equals(university))
                .orElseThrow(() -> ProblemException.notFound("learning path", id));
        List<Course> inOrder = coursesOf(details);
        apply(path, details);
        events.learningPathChanged(path, inOrder);
        LOG.infof("University %s changed learning path %s, now %d courses", university, path.id, inOrder.size());
        return new PathWithCourses(path, inOrder);
    }

    /** The path's courses in the order given; a course named twice, unknown or closed is a 400 naming it. */
    private List<Course> coursesOf(LearningPathRequest details) {
        if (new LinkedHashSet<>(details.courseIds()).size()
                != details.courseIds().size()) {
            throw ProblemException.invalidField("courseIds", "names the same course twice");
        }
        Map<UUID, Course> found = courses.findAllById(details.courseIds()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < details.courseIds().size(); i++) {
            Course course = found.get(details.courseIds().get(i));
            if (course == null) {
                unknown.add(new FieldError(
                        "courseIds[" + i + "]",
                        "no course " + details.courseIds().get(i)));
            } else if (course.closedTo != null) {
                // A learning path is public; a course made for one employer is that employer's alone.
                unknown.add(new FieldError(
                        "courseIds[" + i + "]",
                        "course " + course.code + " was made for one employer and cannot be in a public path"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("Unknown or closed course in the path", unknown);
        }
        return details.courseIds().stream().map(found::get).toList();
    }

    private static void apply(LearningPath path, LearningPathRequest details) {
        path.title = details.title().trim();
        path.description = details.description().trim();
        path.courseIds.clear();
        path.courseIds.addAll(details.courseIds());
    }

    @Transactional
    public PathWithCourses get(UUID id) {
        LearningPath path =
                paths.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("learning path", id));
        return withCourses(path);
    }

    @Transactional
    public PageOf<PathWithCourses> list(String publishedBy, int page, int size) {
        PageOf<LearningPath> result = paths.list(publishedBy, page, size);
        return new PageOf<>(result.items().stream().map(this::withCourses).toList(), result.total());
    }

    private PathWithCourses withCourses(LearningPath path) {
        Map<UUID, Course> byId =
                courses.findAllById(path.courseIds).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        return new PathWithCourses(path, path.courseIds.stream().map(byId::get).toList());
    }
}
