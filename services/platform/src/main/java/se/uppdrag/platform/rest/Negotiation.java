package se.uppdrag.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/** Picks between JSON and another representation from the Accept header; JSON wins unless the other is asked for by name first. */
public final class Negotiation {

    private Negotiation() {}

    /** Answers {@code alternative} when the caller prefers that media type, else the JSON representation. */
    public static Response jsonOr(
            HttpHeaders headers, String alternativeType, Supplier<Object> alternative, Supplier<Object> json) {
        return prefers(headers, alternativeType)
                ? Response.ok(alternative.get(), alternativeType).build()
                : Response.ok(json.get(), MediaType.APPLICATION_JSON).build();
    }

    public static boolean prefers(HttpHeaders headers, String alternative) {
        MediaType wanted = MediaType.valueOf(alternative);
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || acceptable.isWildcardSubtype()) {
                return false;
            }
            if (acceptable.getType().equalsIgnoreCase(wanted.getType())
                    && acceptable.getSubtype().equalsIgnoreCase(wanted.getSubtype())) {
                return true;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
