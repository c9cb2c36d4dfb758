package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.enrolment.domain.AgreementFact;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.repository.AgreementFactRepository;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.platform.errors.ProblemException;

/** How much of an agreement has been used: seats against its quota, and the money its orders commit the employer to. */
@ApplicationScoped
public class AgreementUsageService {

    @Inject
    AgreementFactRepository agreements;

    @Inject
    EnrolmentRepository enrolments;

    /**
     * The agreement's use: seats held against its quota; enrolments per status; {@code committed}, the prices of the
     * seats held (pending, confirmed, completed, not completed); and {@code fees}, what cancellations cost.
     */
    public record Usage(
            UUID agreementId,
            int seatQuota,
            int seatsUsed,
            Map<EnrolmentStatus, Long> enrolments,
            BigDecimal committed,
            BigDecimal fees) {}

    /** For one of the agreement's two parties; anyone else is told there is no such agreement. */
    @Transactional
    public Usage usage(String organisation, UUID agreementId) {
        AgreementFact agreement = agreements
                .findByIdOptional(agreementId)
                .filter(a -> a.employer.equals(organisation) || a.university.equals(organisation))
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
        Map<EnrolmentStatus, Long> counts = new EnumMap<>(EnrolmentStatus.class);
        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        BigDecimal fees = BigDecimal.ZERO.setScale(2);
        for (Object[] row : enrolments.usageByStatus(agreementId)) {
            EnrolmentStatus status = (EnrolmentStatus) row[0];
            counts.put(status, ((Number) row[1]).longValue());
            if (status.holdsSeat()) {
                committed = committed.add((BigDecimal) row[2]);
            }
            fees = fees.add((BigDecimal) row[3]);
        }
        return new Usage(agreementId, agreement.seatQuota, agreement.seatsUsed, counts, committed, fees);
    }
}
