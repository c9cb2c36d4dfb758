package se.uppdrag.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestTokens;

/**
 * Past its limit of requests in progress a service answers 503 Busy at once, with Retry-After, as problem+json,
 * instead of queueing without bound; health stays answered; the capacity comes back as requests finish. Requests are
 * held in progress by sending their headers and only part of their body, as a slow client does.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(BusyIT.TwoAtATime.class)
class BusyIT {

    public static class TwoAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("uppdrag.http.max-concurrent-requests", "2");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void past_its_limit_a_service_answers_busy_and_recovers_when_requests_finish() throws Exception {
        given().get("/occasions").then().statusCode(200);
        try (Socket first = halfSentCourse();
                Socket second = halfSentCourse()) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> given().get("/occasions")
                            .then()
                            .statusCode(503)
                            .contentType("application/problem+json")
                            .header("Retry-After", "1")
                            .body("title", equalTo("Busy"))
                            .body("status", equalTo(503)));
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/metrics").then().statusCode(200);
        }
        // The slow clients went away: their slots are given back.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().get("/occasions").then().statusCode(200));
    }

    @Test
    void refusing_does_not_leak_capacity() {
        for (int i = 0; i < 20; i++) {
            given().get("/occasions").then().statusCode(200);
        }
        assertThat(given().get("/q/metrics").then().extract().asString()).contains("uppdrag_http_in_progress 0.0");
    }

    /** A course being created by a client that sent its headers and half of its body, and then nothing. */
    private Socket halfSentCourse() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        String body = "{\"code\":\"SLOW1\",\"title\":\"A slow client's course\"}";
        String head = "POST /courses HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TestTokens.university(CatalogueTestSupport.KUSTLAND) + "\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write((head + body.substring(0, body.length() / 2)).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }
}
