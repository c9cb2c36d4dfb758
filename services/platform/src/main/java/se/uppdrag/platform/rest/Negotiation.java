package se.uppdrag.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Picks between JSON and another representation from the Accept header; JSON wins unless the other is asked for by name first. */
public final class Negotiation {

    private Negotiation() {
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
