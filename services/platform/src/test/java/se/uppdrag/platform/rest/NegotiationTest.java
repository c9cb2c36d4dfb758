package se.uppdrag.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    @Test
    void the_alternative_only_when_asked_for_before_json() {
        assertThat(Negotiation.prefers(accepting("application/ld+json"), MediaTypes.LD_JSON))
                .isTrue();
        assertThat(Negotiation.prefers(accepting("application/ld+json", "application/json"), MediaTypes.LD_JSON))
                .isTrue();
        assertThat(Negotiation.prefers(accepting("application/json", "application/ld+json"), MediaTypes.LD_JSON))
                .isFalse();
        assertThat(Negotiation.prefers(accepting("*/*"), MediaTypes.LD_JSON)).isFalse();
        assertThat(Negotiation.prefers(accepting(), MediaTypes.LD_JSON)).isFalse();
        assertThat(Negotiation.prefers(accepting("text/csv"), MediaTypes.TEXT_CSV))
                .isTrue();
    }

    /** HttpHeaders answering only the acceptable media types, in the order given (as JAX-RS sorts them by q). */
    private static HttpHeaders accepting(String... types) {
        List<MediaType> acceptable = types.length == 0
                ? List.of(MediaType.WILDCARD_TYPE)
                : Arrays.stream(types).map(MediaType::valueOf).toList();
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableMediaTypes")) {
                        return acceptable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
