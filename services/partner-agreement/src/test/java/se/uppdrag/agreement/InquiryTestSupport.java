package se.uppdrag.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.testsupport.TestSql;

/** Inquiries and offers to send, dated from today so they stay valid whenever the tests run. */
final class InquiryTestSupport {

    static final LocalDate PERIOD_FROM = LocalDate.now().plusDays(120);

    private InquiryTestSupport() {}

    /** A need of 20 participants sent to the universities named, offers due tomorrow. */
    static Map<String, Object> need(String... universities) {
        Map<String, Object> need = new HashMap<>();
        need.put("title", "Machine learning for production engineers");
        need.put("learningOutcomes", List.of("Train and evaluate a classifier on production data"));
        need.put("subject", "Computer science");
        need.put("participants", 20);
        need.put("participantBackground", "Production engineers");
        need.put("periodFrom", PERIOD_FROM.toString());
        need.put("periodTo", PERIOD_FROM.plusDays(90).toString());
        need.put("place", "Umeå");
        need.put("mode", "HYBRID");
        need.put("language", "sv");
        need.put("creditsWanted", true);
        need.put("budgetCeiling", Map.of("amount", "400000.00", "currency", "SEK"));
        need.put("procurement", Map.of("kind", "DIRECT_AWARD", "reference", "HR-2027-14"));
        need.put("offerDeadline", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        need.put(
                "recipients",
                universities.length == 0
                        ? Map.of("allUniversities", true)
                        : Map.of("allUniversities", false, "universities", List.of(universities)));
        return need;
    }

    /** An offer of one of the university's catalogue courses at a price per participant. */
    static Map<String, Object> offerOfCourse(UUID courseId, String pricePerParticipant) {
        return offer(Map.of("existingCourseId", courseId.toString()), "PER_PARTICIPANT", pricePerParticipant);
    }

    /** An offer of a course made for the need, 7.5 credits, at a price for the whole course. */
    static Map<String, Object> offerOfNewCourse(String wholeCoursePrice) {
        return offer(
                Map.of(
                        "newCourse",
                        Map.of(
                                "title",
                                "Machine learning in production",
                                "learningOutcomes",
                                List.of("Train a classifier"),
                                "credits",
                                7.5,
                                "cycle",
                                "FIRST")),
                "WHOLE_COURSE",
                wholeCoursePrice);
    }

    static Map<String, Object> offer(Map<String, Object> course, String basis, String amount) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("course", course);
        offer.put(
                "occasions",
                List.of(Map.of(
                        "startDate",
                        PERIOD_FROM.plusDays(7).toString(),
                        "endDate",
                        PERIOD_FROM.plusDays(60).toString(),
                        "mode",
                        "HYBRID",
                        "seats",
                        20,
                        "place",
                        "Umeå")));
        offer.put("price", Map.of("basis", basis, "amount", Map.of("amount", amount, "currency", "SEK")));
        offer.put("validUntil", PERIOD_FROM.toString());
        offer.put("cancellation", Map.of("fees", List.of(Map.of("withinDaysOfStart", 14, "percent", 100))));
        offer.put("invoicing", Map.of("paymentDays", 30, "buyerReference", "HR-2027-14", "invoiceOn", "CONFIRMATION"));
        offer.put("message", "Half the sessions at your site");
        return offer;
    }

    /** Moves the inquiry's offer deadline into the past, as time passing would. */
    static void passDeadline(TestSql sql, String inquiryId) {
        sql.update(
                "update inquiry set offer_deadline = now() - interval '1 second' where id = ?",
                UUID.fromString(inquiryId));
    }
}
