package se.uppdrag.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the portal reads and writes of the catalogue service. */
public final class Catalogue {

    private Catalogue() {}

    public record Course(
            UUID id,
            String university,
            String universityName,
            String code,
            String title,
            String description,
            BigDecimal credits,
            String cycle,
            String subject,
            String language,
            List<String> learningOutcomes,
            Instant createdAt,
            Instant updatedAt) {}

    public record CourseSummary(
            String code, String title, BigDecimal credits, String cycle, String subject, String language) {}

    public record Occasion(
            UUID id,
            UUID courseId,
            String university,
            String universityName,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            int pace,
            String deliveryMode,
            String location,
            int seats,
            int seatsAvailable,
            LocalDate orderDeadline,
            Money listPrice,
            LocalDate withdrawnOn,
            String withdrawReason,
            CourseSummary course) {

        public boolean isWithdrawn() {
            return "WITHDRAWN".equals(status);
        }
    }

    public record LearningPath(
            UUID id,
            String title,
            String description,
            String publishedBy,
            BigDecimal totalCredits,
            List<Step> courses) {}

    public record Step(int position, UUID courseId, String university, String code, String title, BigDecimal credits) {}

    public record University(String orgNumber, String name) {}

    /** The body of POST /courses and PUT /courses/{id}. */
    public record CourseRequest(
            String code,
            String title,
            String description,
            BigDecimal credits,
            String cycle,
            String subject,
            String language,
            List<String> learningOutcomes) {}

    /** The body of POST /courses/{id}/occasions, and (fields left null stay as they are) of PATCH /occasions/{id}. */
    public record OccasionRequest(
            LocalDate startDate,
            LocalDate endDate,
            Integer pace,
            String deliveryMode,
            String location,
            Integer seats,
            LocalDate orderDeadline,
            Money listPrice) {}

    public record Withdrawal(String reason) {}

    public record LearningPathRequest(String title, String description, List<UUID> courseIds) {}
}
