package se.uppdrag.systemtests;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the running Keycloak (realm {@code uppdrag}, the demo identities of deploy/keycloak), taken with
 * the password grant of the public client {@code uppdrag-cli}, as a user's command line takes them. Keycloak's URL is
 * {@code KEYCLOAK_URL} (default http://localhost:8180); {@code .ci/run} and {@code deploy/local/up} start it.
 */
final class KeycloakTokens {

    static final String URL = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    static final String REALM = URL + "/realms/uppdrag";

    /** The demo user holding each role for each organisation (deploy/keycloak/uppdrag-realm.json). */
    private static final Map<String, String> USERS = Map.of(
            "university 2021001231", "uni.admin",
            "finance 2021001231", "uni.finance",
            "university 2021004565", "uni2.admin",
            "finance 2021004565", "uni2.finance",
            "employer 5566778808", "hr.admin",
            "employer 2321000016", "hr2.admin",
            "employer 2021007899", "agency.hr",
            "operator", "ops");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {}

    private KeycloakTokens() {}

    static String university(String org) {
        return of("university " + org);
    }

    static String employer(String org) {
        return of("employer " + org);
    }

    static String finance(String org) {
        return of("finance " + org);
    }

    static String operator() {
        return of("operator");
    }

    /** Fails fast, saying how to start it, when no Keycloak answers. */
    static void requireRunning() {
        try {
            HttpResponse<Void> discovery = HTTP.send(
                    HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (discovery.statusCode() == 200) {
                return;
            }
            throw new IllegalStateException("Keycloak at " + URL + " has no realm uppdrag (HTTP "
                    + discovery.statusCode() + "); start it with deploy/local/up");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the system tests take real tokens from Keycloak, and none answers at " + URL
                            + ": start it with deploy/local/up (or set KEYCLOAK_URL)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String of(String identity) {
        String user = USERS.get(identity);
        if (user == null) {
            throw new IllegalArgumentException("the demo realm has no user for " + identity);
        }
        Token token = CACHE.get(user);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = fetch(user);
            CACHE.put(user, token);
        }
        return token.value();
    }

    private static Token fetch(String user) {
        String form =
                "grant_type=password&client_id=uppdrag-cli&username=" + encode(user) + "&password=" + encode(user);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
            }
            JsonPath body = JsonPath.from(response.body());
            long lifetime = body.getLong("expires_in");
            return new Token(body.getString("access_token"), Instant.now().plusSeconds(lifetime / 2));
        } catch (IOException e) {
            throw new IllegalStateException("no token from Keycloak at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
