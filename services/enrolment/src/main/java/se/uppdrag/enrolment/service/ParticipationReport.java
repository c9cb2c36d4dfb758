package se.uppdrag.enrolment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.enrolment.domain.EnrolmentStatus;

/** An employer's staff: what each took, what they earned in credits, and what it cost. */
public record ParticipationReport(
        LocalDate from, LocalDate to, List<Employee> employees, BigDecimal totalCost, BigDecimal totalCredits) {

    public record Employee(
            String employeeNumber,
            String givenName,
            String familyName,
            List<Line> enrolments,
            BigDecimal credits,
            BigDecimal cost) {}

    public record Line(
            UUID enrolmentId,
            UUID occasionId,
            String courseCode,
            String courseTitle,
            LocalDate startDate,
            EnrolmentStatus status,
            BigDecimal creditsAwarded,
            String grade,
            BigDecimal cost,
            String orderReference,
            String costCentre) {}
}
