package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.TestTokens;

/**
 * Who may call what, for every operation the four services document: without a token, or with one the realm did not
 * sign, a protected operation answers 401; a role it is not for answers 403; another organisation asking for this
 * organisation's resource answers 404, and another organisation's lists hold none of its data. The table below is the
 * matrix; an operation missing from it fails the test, so a new endpoint must say who it is for.
 */
class AccessMatrixIT {

    static final String PUBLIC = "public";
    static final String SIGNED_IN = "signed-in";
    static final String EMPLOYER = "employer";
    static final String UNIVERSITY = "university";
    static final String FINANCE = "finance";
    static final String OPERATOR = "operator";
    private static final String REGION = "2321000016";

    /** Operation → the roles it is for. "owned" operations name a resource of one organisation in their path. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        for (String path : List.of(
                "/courses",
                "/courses/{id}",
                "/courses/{id}/occasions",
                "/learning-paths",
                "/learning-paths/{id}",
                "/occasions",
                "/occasions/{id}",
                "/sitemap.xml",
                "/universities")) {
            MATRIX.put("catalogue GET " + path, Set.of(PUBLIC));
        }
        for (String op : List.of(
                "POST /courses",
                "PUT /courses/{id}",
                "POST /courses/{id}/occasions",
                "POST /learning-paths",
                "PUT /learning-paths/{id}",
                "PATCH /occasions/{id}",
                "POST /occasions/{id}/withdraw")) {
            MATRIX.put("catalogue " + op, Set.of(UNIVERSITY));
        }
        for (String service : RunningPlatform.SERVICES) {
            for (String op : List.of(
                    "GET /dead-letters",
                    "GET /dead-letters/{topic}/{partition}/{offset}",
                    "POST /dead-letters/{topic}/{partition}/{offset}/replay")) {
                MATRIX.put(service + " " + op, Set.of(OPERATOR));
            }
        }
        for (String op : List.of("confirm", "reject", "complete", "not-completed")) {
            MATRIX.put("enrolment POST /enrolments/{id}/" + op, Set.of(UNIVERSITY));
        }
        MATRIX.put("enrolment POST /enrolments/{id}/cancel", Set.of(EMPLOYER));
        MATRIX.put("enrolment GET /enrolments/{id}/cancellation", Set.of(EMPLOYER));
        MATRIX.put("enrolment GET /enrolments", Set.of(UNIVERSITY, EMPLOYER));
        MATRIX.put("enrolment POST /enrolments/decisions", Set.of(UNIVERSITY));
        MATRIX.put("enrolment POST /occasions/{id}/completions", Set.of(UNIVERSITY));
        MATRIX.put("enrolment GET /agreements/{id}/occasions", Set.of(EMPLOYER));
        MATRIX.put("enrolment GET /agreements/{id}/usage", Set.of(EMPLOYER, UNIVERSITY));
        MATRIX.put("enrolment POST /enrolments/{id}/substitute", Set.of(EMPLOYER));
        MATRIX.put("enrolment GET /occasions/{id}/enrolments", Set.of(UNIVERSITY, EMPLOYER));
        MATRIX.put("enrolment POST /orders", Set.of(EMPLOYER));
        MATRIX.put("enrolment GET /orders", Set.of(EMPLOYER, UNIVERSITY));
        MATRIX.put("enrolment GET /orders/{id}", Set.of(EMPLOYER, UNIVERSITY));
        MATRIX.put("enrolment GET /reports/participation", Set.of(EMPLOYER));
        MATRIX.put("enrolment GET /statistics", Set.of(UNIVERSITY, EMPLOYER, OPERATOR));
        // A participant's evaluation link is its own authority: no account, no token.
        MATRIX.put("enrolment GET /evaluations/{token}", Set.of(PUBLIC));
        MATRIX.put("enrolment POST /evaluations/{token}", Set.of(PUBLIC));
        MATRIX.put("enrolment GET /occasions/{id}/evaluation", Set.of(UNIVERSITY, EMPLOYER, OPERATOR));
        MATRIX.put("enrolment GET /evaluation-questions", Set.of(UNIVERSITY, EMPLOYER, OPERATOR));
        MATRIX.put("enrolment POST /evaluation-questions", Set.of(UNIVERSITY));
        MATRIX.put("enrolment DELETE /evaluation-questions/{id}", Set.of(UNIVERSITY));
        MATRIX.put("invoicing GET /invoices", Set.of(FINANCE, EMPLOYER));
        MATRIX.put("invoicing GET /invoices/{id}", Set.of(FINANCE, EMPLOYER));
        MATRIX.put("invoicing GET /invoices/totals", Set.of(FINANCE, EMPLOYER));
        MATRIX.put("invoicing GET /credit-notes", Set.of(FINANCE, EMPLOYER));
        MATRIX.put("invoicing GET /credit-notes/{id}", Set.of(FINANCE, EMPLOYER));
        MATRIX.put("invoicing GET /claim-packs", Set.of(EMPLOYER));
        MATRIX.put("invoicing GET /reports/aid", Set.of(EMPLOYER));
        MATRIX.put("invoicing GET /statistics", Set.of(UNIVERSITY, FINANCE, EMPLOYER, OPERATOR));
        for (String op : List.of(
                "GET /exports/sie4",
                "GET /reconciliation",
                "GET /payments",
                "POST /payments/imports",
                "GET /payments/imports",
                "GET /payments/{id}",
                "POST /payments/{id}/allocate",
                "POST /invoices/{id}/delivery/retry",
                "POST /credit-notes/{id}/delivery/retry")) {
            MATRIX.put("invoicing " + op, Set.of(FINANCE));
        }
        MATRIX.put("partner-agreement GET /agreements", Set.of(UNIVERSITY, EMPLOYER, OPERATOR));
        MATRIX.put("partner-agreement GET /agreements/{id}", Set.of(UNIVERSITY, EMPLOYER, OPERATOR));
        MATRIX.put("partner-agreement GET /agreements/{id}/terms", Set.of(UNIVERSITY, EMPLOYER, OPERATOR));
        for (String op : List.of(
                "POST /agreements",
                "PUT /agreements/{id}",
                "POST /agreements/{id}/propose",
                "POST /agreements/{id}/amendments")) {
            MATRIX.put("partner-agreement " + op, Set.of(UNIVERSITY));
        }
        for (String op : List.of(
                "POST /agreements/{id}/accept",
                "POST /agreements/{id}/decline",
                "POST /agreements/{id}/amendments/{amendmentId}/accept",
                "POST /agreements/{id}/amendments/{amendmentId}/decline")) {
            MATRIX.put("partner-agreement " + op, Set.of(EMPLOYER));
        }
        MATRIX.put("partner-agreement POST /agreements/{id}/terminate", Set.of(UNIVERSITY, EMPLOYER));
        MATRIX.put("partner-agreement POST /organisations", Set.of(OPERATOR));
        MATRIX.put("partner-agreement GET /organisations", Set.of(OPERATOR, UNIVERSITY, EMPLOYER));
        MATRIX.put("partner-agreement GET /inquiries", Set.of(EMPLOYER, UNIVERSITY, OPERATOR));
        MATRIX.put("partner-agreement GET /inquiries/{id}", Set.of(EMPLOYER, UNIVERSITY, OPERATOR));
        for (String op : List.of(
                "POST /inquiries",
                "PUT /inquiries/{id}",
                "POST /inquiries/{id}/publish",
                "POST /inquiries/{id}/cancel",
                "POST /inquiries/{id}/questions/{questionId}/answer",
                "POST /inquiries/{id}/award")) {
            MATRIX.put("partner-agreement " + op, Set.of(EMPLOYER));
        }
        for (String op : List.of(
                "POST /inquiries/{id}/questions",
                "PUT /inquiries/{id}/offer",
                "POST /inquiries/{id}/offer/withdraw",
                "POST /inquiries/{id}/decline")) {
            MATRIX.put("partner-agreement " + op, Set.of(UNIVERSITY));
        }
        // The offers are the employer's to compare (after the deadline), never another university's.
        MATRIX.put("partner-agreement GET /inquiries/{id}/offers", Set.of(EMPLOYER, OPERATOR));
        MATRIX.put("partner-agreement GET /inquiries/{id}/record", Set.of(EMPLOYER, OPERATOR));
        MATRIX.put("partner-agreement PUT /organisations/{orgNumber}", Set.of(OPERATOR));
        MATRIX.put("partner-agreement GET /organisations/{orgNumber}", Set.of(SIGNED_IN));
        // An organisation's own settings: its own people (here Kustland's) and the operator; anyone else 404.
        for (String op : List.of(
                "GET /organisations/{orgNumber}/notifications", "PUT /organisations/{orgNumber}/notifications")) {
            MATRIX.put("partner-agreement " + op, Set.of(OPERATOR, UNIVERSITY, EMPLOYER, FINANCE));
        }
    }

    /** A caller: the role its token carries, and whether its organisation owns the fixtures. */
    record Caller(String name, String role, boolean owner, String token) {}

    private static RunningPlatform platform;
    private static Map<String, String> ids;

    @BeforeAll
    static void fixtures() {
        platform = Scenario.platform();
        ids = Fixtures.ids();
    }

    @Test
    void every_documented_operation_is_in_the_matrix() {
        List<String> documented = OpenApiOperations.of(platform).stream()
                .map(o -> o.service() + " " + o.name())
                .toList();
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void each_role_and_each_foreign_organisation_gets_401_403_or_404_where_it_must_and_never_data() {
        List<Caller> callers = List.of(
                new Caller("no token", null, false, null),
                new Caller(
                        "a token the realm did not sign", UNIVERSITY, true, TestTokens.university(Scenario.KUSTLAND)),
                new Caller("hr.admin", EMPLOYER, true, KeycloakTokens.employer(Scenario.VERKSTAD)),
                new Caller("hr2.admin (another employer)", EMPLOYER, false, KeycloakTokens.employer(REGION)),
                new Caller("uni.admin", UNIVERSITY, true, KeycloakTokens.university(Scenario.KUSTLAND)),
                new Caller(
                        "uni2.admin (another university)",
                        UNIVERSITY,
                        false,
                        KeycloakTokens.university(Scenario.NORRDAL)),
                new Caller("uni.finance", FINANCE, true, KeycloakTokens.finance(Scenario.KUSTLAND)),
                new Caller(
                        "uni2.finance (another university)", FINANCE, false, KeycloakTokens.finance(Scenario.NORRDAL)),
                new Caller("ops", OPERATOR, true, KeycloakTokens.operator()));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (OpenApiOperations.Operation operation : OpenApiOperations.of(platform)) {
            Set<String> allowed = MATRIX.get(operation.service() + " " + operation.name());
            for (Caller caller : callers) {
                String outcome = check(operation, allowed, caller);
                calls++;
                if (outcome != null) {
                    wrong.add(operation.service() + " " + operation.name() + " as " + caller.name() + ": " + outcome);
                }
            }
        }
        System.out.printf("[access] %d calls over the matrix%n", calls);
        assertThat(wrong).as("calls answered as they must not be").isEmpty();
    }

    /** What was wrong with the answer, or null. */
    private static String check(OpenApiOperations.Operation operation, Set<String> allowed, Caller caller) {
        boolean isPublic = allowed.contains(PUBLIC);
        boolean forged = caller.token() != null && caller.name().startsWith("a token");
        // An occasion is public; what the enrolment service lists on it is the caller's own.
        boolean owned = operation.path().contains("{id}") && !operation.path().equals("/occasions/{id}/enrolments");
        if (operation.path().startsWith("/organisations/{orgNumber}/")) {
            // The path names Kustland: its administrators and finance staff own it, nobody else.
            owned = true;
            caller = new Caller(caller.name(), caller.role(), caller.name().startsWith("uni."), caller.token());
        }
        boolean mutating = !operation.method().equals("GET");
        boolean permitted = isPublic
                || (caller.role() != null
                        && !forged
                        && (allowed.contains(SIGNED_IN) || allowed.contains(caller.role())));
        if (permitted && mutating && (caller.owner() || !owned)) {
            // What a caller may change or create is the service tests' business; here it would spoil the fixtures.
            return null;
        }
        Response response = request(operation, caller.token());
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status;
        }
        if (!permitted) {
            int expected = caller.token() == null || forged ? 401 : 403;
            if (status != expected) {
                return "answered " + status + ", not " + expected;
            }
            return problemJson(response);
        }
        if (isPublic && forged) {
            return null; // a public read may ignore a bad token or refuse it
        }
        if (isPublic || caller.role().equals(OPERATOR) || allowed.contains(SIGNED_IN)) {
            return status == 401 || status == 403 ? "refused with " + status : null;
        }
        if (!caller.owner() && owned) {
            return status == 404 ? problemJson(response) : "answered " + status + " to another organisation, not 404";
        }
        if (!caller.owner()) {
            if (status == 404) {
                return problemJson(response);
            }
            String body = response.asString();
            String path = Fixtures.concrete(operation.path());
            for (String id : ids.values()) {
                if (body.contains(id) && !path.contains(id)) {
                    return "shows " + id + " to another organisation";
                }
            }
            return null;
        }
        // The owner is let through (a missing parameter may still be a 400).
        return status == 401 || status == 403 || status == 404 ? "refused the owner with " + status : null;
    }

    private static String problemJson(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("application/problem+json")
                ? null
                : "refusal is " + type + ", not application/problem+json";
    }

    private static Response request(OpenApiOperations.Operation operation, String token) {
        RequestSpecification request = given().baseUri(platform.url(operation.service()));
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (operation.hasBody()) {
            String type = operation.requestTypes().get(0);
            request.contentType(type)
                    .body(
                            operation.examples().isEmpty()
                                    ? "{}"
                                    : operation.examples().get(0));
        }
        return request.request(operation.method(), Fixtures.concrete(operation.path()));
    }
}
