package se.uppdrag.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The portal as a browser meets it before anyone logs in, against the real Keycloak of the local platform and with
 * the services out of reach: the login is Keycloak's authorization-code flow with PKCE, every answer carries the
 * security headers, a request from another site is refused, an htmx request without a session is told to reload, a
 * service that does not answer is a page saying so.
 */
@QuarkusTest
@TestProfile(PortalWebIT.ServicesAway.class)
class PortalWebIT {

    @ConfigProperty(name = "uppdrag.portal.htmx")
    String htmx;

    /** Nothing listens on port 9 (discard): each service call fails at once. */
    public static class ServicesAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.rest-client.catalogue.url",
                    "http://127.0.0.1:9",
                    "quarkus.rest-client.partner-agreement.url",
                    "http://127.0.0.1:9",
                    "quarkus.rest-client.enrolment.url",
                    "http://127.0.0.1:9",
                    "quarkus.rest-client.invoicing.url",
                    "http://127.0.0.1:9");
        }
    }

    @Test
    void a_page_that_needs_a_login_sends_the_browser_to_keycloak_with_pkce() {
        given().redirects()
                .follow(false)
                .get("/orders")
                .then()
                .statusCode(302)
                .header(
                        "Location",
                        allOf(
                                containsString("/realms/uppdrag/protocol/openid-connect/auth"),
                                containsString("client_id=uppdrag-portal"),
                                containsString("code_challenge_method=S256"),
                                containsString("response_type=code")));
    }

    @Test
    void every_answer_carries_the_security_headers() {
        given().redirects()
                .follow(false)
                .get("/catalogue")
                .then()
                .header(
                        "Content-Security-Policy",
                        allOf(
                                containsString("script-src 'self'"),
                                containsString("frame-ancestors 'none'"),
                                containsString("form-action 'self' http://localhost:8180"),
                                not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void a_service_that_does_not_answer_is_a_page_saying_so_not_a_stack_trace() {
        given().header("Accept-Language", "sv")
                .get("/catalogue")
                .then()
                .statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("data-status=\"503\""))
                .body(not(containsString("Exception")));
    }

    @Test
    void a_state_changing_request_from_another_site_is_refused_before_anything_else() {
        given().redirects()
                .follow(false)
                .header("Sec-Fetch-Site", "cross-site")
                .formParam("_csrf", "x")
                .post("/logout")
                .then()
                .statusCode(403);
        given().redirects()
                .follow(false)
                .header("Origin", "https://evil.example")
                .formParam("_csrf", "x")
                .post("/orders/new")
                .then()
                .statusCode(403);
    }

    @Test
    void an_htmx_request_without_a_session_is_told_to_reload_instead_of_getting_keycloaks_page() {
        given().redirects()
                .follow(false)
                .header("HX-Request", "true")
                .get("/agreements/employers?employer=Verk")
                .then()
                .statusCode(499);
    }

    @Test
    void the_language_switch_goes_back_only_to_a_page_of_the_portal() {
        given().redirects()
                .follow(false)
                .get("/language/en?back=/catalogue?q=robot")
                .then()
                .statusCode(303)
                .header("Location", startsWith("http://localhost"))
                .header("Location", containsString("/catalogue?q=robot"))
                .cookie("uppdrag-lang", "en");
        given().redirects()
                .follow(false)
                .get("/language/en?back=https://evil.example/")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("evil.example")));
    }

    @Test
    void health_and_the_scripts_are_served() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/static/portal.js").then().statusCode(200);
        given().get(htmx).then().statusCode(200).contentType(containsString("javascript"));
    }
}
