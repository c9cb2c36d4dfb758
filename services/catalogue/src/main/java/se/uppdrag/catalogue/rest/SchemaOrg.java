package se.uppdrag.catalogue.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.service.CatalogueConfig;
import se.uppdrag.catalogue.service.LearningPathService.PathWithCourses;

/**
 * The open catalogue: schema.org Course and CourseInstance as JSON-LD, with the fields the Bioschemas Course
 * profile requires (name, description, keywords; courseMode and location on instances), so training registries
 * such as TeSS can harvest it.
 */
@ApplicationScoped
public class SchemaOrg {

    static final String CONTEXT = "https://schema.org";

    @Inject
    CatalogueConfig config;

    @Inject
    Universities universities;

    public Map<String, Object> course(Course course, List<Occasion> occasions) {
        Map<String, Object> ld = courseNode(course);
        ld.put("@context", CONTEXT);
        ld.put(
                "hasCourseInstance",
                occasions.stream()
                        .filter(o -> !o.isWithdrawn())
                        .map(this::instanceNode)
                        .toList());
        return ld;
    }

    public Map<String, Object> courses(List<Course> courses) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", CONTEXT);
        ld.put("@graph", courses.stream().map(this::courseNode).toList());
        return ld;
    }

    public Map<String, Object> occasion(Occasion occasion) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", CONTEXT);
        ld.putAll(instanceNode(occasion));
        Map<String, Object> course = courseNode(occasion.course);
        ld.put("isPartOf", course);
        return ld;
    }

    public Map<String, Object> learningPath(PathWithCourses path) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", CONTEXT);
        ld.put("@type", "EducationalOccupationalProgram");
        ld.put("@id", url("/learning-paths/" + path.path().id));
        ld.put("name", path.path().title);
        ld.put("description", path.path().description);
        ld.put("hasCourse", path.courses().stream().map(this::courseNode).toList());
        return ld;
    }

    String url(String path) {
        return config.publicUrl().replaceAll("/+$", "") + path;
    }

    private Map<String, Object> courseNode(Course c) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "Course");
        ld.put("@id", url("/courses/" + c.id));
        ld.put("url", url("/courses/" + c.id));
        ld.put("courseCode", c.code);
        ld.put("name", c.title);
        ld.put("description", c.description);
        ld.put("keywords", String.join(", ", List.of(c.subject, c.cycle.label(), "commissioned education")));
        ld.put("inLanguage", c.language);
        ld.put("educationalLevel", c.cycle.label());
        ld.put(
                "numberOfCredits",
                Map.of("@type", "StructuredValue", "value", c.credits, "unitText", "hp (ECTS credits)"));
        ld.put("educationalCredentialAwarded", c.credits.stripTrailingZeros().toPlainString() + " hp");
        ld.put("teaches", List.copyOf(c.learningOutcomes));
        ld.put("provider", provider(c.university));
        return ld;
    }

    private Map<String, Object> instanceNode(Occasion o) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "CourseInstance");
        ld.put("@id", url("/occasions/" + o.id));
        ld.put("url", url("/occasions/" + o.id));
        ld.put("name", o.course.title + " (" + o.startDate + ")");
        ld.put("courseMode", courseMode(o.deliveryMode));
        ld.put("startDate", o.startDate.toString());
        ld.put("endDate", o.endDate.toString());
        ld.put(
                "location",
                o.deliveryMode == DeliveryMode.ONLINE
                        ? Map.of("@type", "VirtualLocation", "name", o.location)
                        : Map.of("@type", "Place", "name", o.location));
        ld.put("inLanguage", o.course.language);
        ld.put("courseWorkload", o.pace + " % of full-time study");
        ld.put("maximumAttendeeCapacity", o.seats);
        ld.put("remainingAttendeeCapacity", o.seatsAvailable());
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", o.listPrice.toPlainString());
        offer.put("priceCurrency", "SEK");
        offer.put("validThrough", o.orderDeadline.toString());
        offer.put("availability", o.seatsAvailable() > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut");
        offer.put("category", "Commissioned education, per participant, ordered by an employer");
        ld.put("offers", offer);
        ld.put("organizer", provider(o.university));
        return ld;
    }

    private Map<String, Object> provider(String orgNumber) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "CollegeOrUniversity");
        ld.put(
                "identifier",
                Map.of("@type", "PropertyValue", "propertyID", "SE organisation number", "value", orgNumber));
        ld.put("name", universities.nameOf(orgNumber));
        return ld;
    }

    private static List<String> courseMode(DeliveryMode mode) {
        return switch (mode) {
            case CAMPUS -> List.of("onsite");
            case ONLINE -> List.of("online");
            case HYBRID -> List.of("blended", "onsite", "online");
        };
    }
}
