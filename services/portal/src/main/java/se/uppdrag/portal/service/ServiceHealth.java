package se.uppdrag.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.Config;
import se.uppdrag.portal.client.Operations;

/**
 * Each service's readiness as its own health endpoint reports it (/q/health/ready: database, Kafka, …), asked in
 * parallel with a short timeout, so the operator's page shows a service that does not answer as down rather than
 * waiting for it.
 */
@ApplicationScoped
public class ServiceHealth {

    /** The services the portal calls, by the name of their REST client configuration. */
    public static final List<String> SERVICES = List.of("catalogue", "partner-agreement", "enrolment", "invoicing");

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    public String urlOf(String service) {
        return config.getValue("quarkus.rest-client." + service + ".url", String.class)
                .replaceAll("/+$", "");
    }

    public List<Operations.ServiceHealth> all() {
        List<CompletableFuture<Operations.ServiceHealth>> asked = new ArrayList<>();
        for (String service : SERVICES) {
            String url = urlOf(service);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            asked.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> health(service, url, response.statusCode(), response.body()))
                    .exceptionally(e -> new Operations.ServiceHealth(
                            service,
                            url,
                            false,
                            "DOWN",
                            e.getCause() == null
                                    ? e.getMessage()
                                    : e.getCause().getClass().getSimpleName())));
        }
        return asked.stream().map(CompletableFuture::join).toList();
    }

    private Operations.ServiceHealth health(String service, String url, int status, String body) {
        String detail = "";
        try {
            JsonNode checks = json.readTree(body).path("checks");
            List<String> down = new ArrayList<>();
            checks.forEach(check -> {
                if (!"UP".equals(check.path("status").asText())) {
                    down.add(check.path("name").asText());
                }
            });
            detail = String.join(", ", down);
        } catch (IOException e) {
            detail = "HTTP " + status;
        }
        return new Operations.ServiceHealth(service, url, status == 200, status == 200 ? "UP" : "DOWN", detail);
    }
}
