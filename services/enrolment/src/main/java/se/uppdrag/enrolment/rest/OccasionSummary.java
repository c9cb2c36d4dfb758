package se.uppdrag.enrolment.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.enrolment.domain.OccasionFact;

/** Enough of an occasion to name an enrolment or an order in a list, as the catalogue announced it. */
public record OccasionSummary(UUID id, String courseCode, String title, LocalDate startDate, BigDecimal credits) {

    static OccasionSummary of(OccasionFact o) {
        return o == null ? null : new OccasionSummary(o.occasionId, o.courseCode, o.title, o.startDate, o.credits);
    }
}
