package se.uppdrag.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.ServiceProblem;

/**
 * Organisations' names for pages that list organisation numbers, read from partner-agreement with the signed-in user's
 * token (any signed-in user may read an organisation) and kept a few minutes, since names rarely change. Looked up
 * before a page renders, never while it does.
 */
@ApplicationScoped
public class OrganisationNames {

    private static final Duration KEEP = Duration.ofMinutes(10);

    private record Name(String value, Instant until) {}

    private final Map<String, Name> known = new ConcurrentHashMap<>();

    @Inject
    @RestClient
    AgreementApi agreements;

    /** Organisation number → name, for each one given; the number itself where no organisation is registered. */
    public Map<String, String> of(Collection<String> orgNumbers) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String org : orgNumbers) {
            if (org != null && !names.containsKey(org)) {
                names.put(org, of(org));
            }
        }
        return names;
    }

    public String of(String orgNumber) {
        Name name = known.get(orgNumber);
        if (name == null || Instant.now().isAfter(name.until())) {
            String value;
            try {
                value = agreements.organisation(orgNumber).name();
            } catch (ServiceProblem e) {
                if (e.status() != 404) {
                    throw e;
                }
                value = orgNumber;
            }
            name = new Name(value, Instant.now().plus(KEEP));
            known.put(orgNumber, name);
        }
        return name.value();
    }
}
