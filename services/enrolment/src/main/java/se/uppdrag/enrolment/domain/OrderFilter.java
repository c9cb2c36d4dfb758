package se.uppdrag.enrolment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a list of orders may be narrowed to; a null field narrows nothing. An order is open while one of its
 * enrolments is pending, confirmed or waiting; placed from (inclusive) until (exclusive).
 */
public record OrderFilter(Boolean open, UUID agreementId, UUID occasionId, Instant from, Instant until) {

    public static final OrderFilter NONE = new OrderFilter(null, null, null, null, null);
}
