package se.uppdrag.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static se.uppdrag.catalogue.CatalogueTestSupport.KUSTLAND;
import static se.uppdrag.catalogue.CatalogueTestSupport.course;
import static se.uppdrag.catalogue.CatalogueTestSupport.createCourse;
import static se.uppdrag.catalogue.CatalogueTestSupport.createOccasion;
import static se.uppdrag.catalogue.CatalogueTestSupport.occasion;
import static se.uppdrag.catalogue.CatalogueTestSupport.uniqueCode;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/**
 * Whatever the catalogue has published in this test run is valid by contracts/, and this test alone makes it publish
 * every type it publishes.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class EveryPublishedEventIT {

    @Test
    void every_event_on_the_offerings_topic_validates_against_its_schema() {
        String token = TestTokens.university(KUSTLAND);
        String code = uniqueCode();
        String courseId = createCourse(token, code);
        Map<String, Object> renamed = new HashMap<>(course(code));
        renamed.put("title", "Renamed course");
        as(token).body(renamed).put("/courses/{id}", courseId).then().statusCode(200);
        String occasionId = createOccasion(token, courseId, occasion(4));
        as(token)
                .body(Map.of("pace", 25))
                .patch("/occasions/{id}", occasionId)
                .then()
                .statusCode(200);
        as(token)
                .body(Map.of("reason", "Moved to autumn"))
                .post("/occasions/{id}/withdraw", occasionId)
                .then()
                .statusCode(200);
        String pathId = as(token)
                .body(Map.of("title", "Path", "description", "One step", "courseIds", List.of(courseId)))
                .post("/learning-paths")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(token)
                .body(Map.of("title", "Path, renamed", "description", "One step", "courseIds", List.of(courseId)))
                .put("/learning-paths/{id}", pathId)
                .then()
                .statusCode(200);
        Topics.await("catalogue.offerings", Topics.keyed(pathId), 2, Duration.ofSeconds(20));

        var records = Topics.readAll("catalogue.offerings");

        assertThat(records)
                .allSatisfy(record -> assertThat(EventSchemas.violations(Topics.json(record)))
                        .as("event %s", record.value())
                        .isEmpty());
        assertThat(records)
                .allSatisfy(record -> assertThat(record.key())
                        .isEqualTo(Topics.json(record).get("aggregateId").asText()));
        Set<String> published =
                records.stream().map(r -> Topics.json(r).get("type").asText()).collect(Collectors.toSet());
        Set<String> catalogueTypes = EventCatalog.ALL.stream()
                .filter(d -> d.producer().equals(EventCatalog.CATALOGUE))
                .map(EventDefinition::type)
                .collect(Collectors.toSet());
        assertThat(published).containsAll(catalogueTypes);
    }
}
