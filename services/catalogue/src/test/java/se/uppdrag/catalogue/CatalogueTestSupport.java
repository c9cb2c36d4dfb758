package se.uppdrag.catalogue;

import java.util.List;
import java.util.Map;
import se.uppdrag.testsupport.Api;

/** Requests the catalogue's tests make again and again, with the demo organisations of the README. */
public final class CatalogueTestSupport {

    public static final String KUSTLAND = "2021001231";
    public static final String NORRDAL = "2021004565";
    public static final String VERKSTAD = "5566778808";

    private CatalogueTestSupport() {}

    public static Map<String, Object> course(String code) {
        return Map.of(
                "code",
                code,
                "title",
                "Industrial machine learning " + code,
                "description",
                "Machine learning for production engineers.",
                "credits",
                7.5,
                "cycle",
                "FIRST",
                "subject",
                "Computer science",
                "language",
                "sv",
                "learningOutcomes",
                List.of("Train a model on production data"));
    }

    public static Map<String, Object> occasion(int seats) {
        return Map.of(
                "startDate",
                "2027-02-01",
                "endDate",
                "2027-03-31",
                "pace",
                50,
                "deliveryMode",
                "ONLINE",
                "location",
                "Kustby",
                "seats",
                seats,
                "orderDeadline",
                "2027-01-15",
                "listPrice",
                Map.of("amount", "18000.00", "currency", "SEK"));
    }

    public static String createCourse(String token, String code) {
        return Api.as(token)
                .body(course(code))
                .post("/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String createOccasion(String token, String courseId, Map<String, Object> occasion) {
        return Api.as(token)
                .body(occasion)
                .post("/courses/{id}/occasions", courseId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String uniqueCode() {
        return "C" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }
}
