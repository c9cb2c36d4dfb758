package se.uppdrag.enrolment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.enrolment.domain.AgreementFact;
import se.uppdrag.enrolment.domain.AgreementTermsVersion;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.domain.Order;
import se.uppdrag.enrolment.domain.OrderFilter;
import se.uppdrag.enrolment.domain.OrderSort;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.enrolment.domain.Pricing;
import se.uppdrag.enrolment.domain.Purpose;
import se.uppdrag.enrolment.repository.AgreementFactRepository;
import se.uppdrag.enrolment.repository.AgreementTermsRepository;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.enrolment.repository.OrderRepository;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.repository.SortOrder;
import se.uppdrag.platform.security.Viewer;
import se.uppdrag.platform.validation.PersonalIdentityNumbers;

/**
 * Orders: checked against the occasion and agreement this service knows from events, priced by the terms in force
 * on the order date, given seats or waiting-list places, each change an event. A retried order (same
 * Idempotency-Key, same request) changes nothing and answers with the first order.
 */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    @Inject
    OrderRepository orders;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    OccasionFactRepository occasions;

    @Inject
    AgreementFactRepository agreements;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    /** An order with its enrolments; {@code replayed} when a retry answered with the first order. */
    public record PlacedOrder(Order order, List<Enrolment> enrolments, boolean replayed) {}

    /**
     * Places the order. What needs no lock (a retry's first answer, the terms in force) is read first; then the
     * occasion's row lock decides orders on it one after another, and the agreement's (its quota) is taken last,
     * just before the seats are given out, so each lock is held for as few round trips as possible.
     */
    @Transactional
    public PlacedOrder place(String employer, String idempotencyKey, OrderRequest request) {
        checkParticipants(request.participants());
        String hash = hash(request);
        Optional<PlacedOrder> replay = replay(employer, idempotencyKey, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<AgreementTermsVersion> termsInForce = terms.inForce(request.agreementId(), today);

        // Another employer's closed occasion is as good as absent.
        OccasionFact occasion = occasions
                .findForUpdate(request.occasionId())
                .filter(o -> o.shownTo(employer))
                .orElseThrow(() -> ProblemException.notFound("occasion", request.occasionId()));
        AgreementFact agreement = agreements
                .findByIdOptional(request.agreementId())
                .filter(a -> a.employer.equals(employer))
                .orElseThrow(() -> ProblemException.notFound("agreement", request.agreementId()));
        AgreementTermsVersion version = checkOrderable(occasion, agreement, request, today, termsInForce);
        BigDecimal price = Pricing.pricePerParticipant(version.terms, occasion.courseId, occasion.listPrice)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "Agreement " + agreement.agreementId + " sets no price for course " + occasion.courseCode));
        for (Participant p : request.participants()) {
            if (p.personalIdentityNumber() != null && !occasion.awardsCredits()) {
                throw ProblemException.invalidField(
                        "participants.personalIdentityNumber",
                        "is kept only where the course awards credits, and " + occasion.courseCode + " does not");
            }
        }
        // Under the occasion's lock, so two orders cannot both enrol one employee.
        enrolments
                .liveEmployeeNumbers(
                        occasion.occasionId,
                        employer,
                        request.participants().stream()
                                .map(Participant::employeeNumber)
                                .toList())
                .stream()
                .findFirst()
                .ifPresent(taken -> {
                    throw ProblemException.conflict(
                            "Employee " + taken + " is already enrolled on occasion " + occasion.occasionId);
                });

        Instant now = Instant.now(clock);
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.employer = employer;
        order.agreementId = agreement.agreementId;
        order.occasionId = occasion.occasionId;
        order.purpose = request.purpose();
        order.orderReference = blankToNull(request.orderReference());
        order.costCentre = blankToNull(request.costCentre());
        order.idempotencyKey = idempotencyKey;
        order.requestHash = hash;
        order.createdAt = now;
        orders.persist(order);
        orders.flush(); // a concurrent order with the same key fails here, before any seat is given out
        // The quota's lock, last: it is shared by every order under the agreement, on any occasion. Locking reads
        // the agreement afresh, so the seats used are the committed count.
        agreements.lockFresh(agreement);
        requireInForce(agreement, today); // again: a termination may have committed since it was first read
        List<Enrolment> placed = new ArrayList<>();
        for (Participant participant : request.participants()) {
            Enrolment e = new Enrolment();
            e.id = UUID.randomUUID();
            e.orderId = order.id;
            e.orderSize = request.participants().size();
            e.orderReference = order.orderReference;
            e.occasionId = occasion.occasionId;
            e.agreementId = agreement.agreementId;
            e.agreementVersion = version.key.version();
            e.employer = employer;
            e.university = occasion.university;
            e.courseId = occasion.courseId;
            e.participant = participant.chargedTo(order.costCentre);
            e.price = price;
            e.createdAt = now;
            e.updatedAt = now;
            seats.allocate(occasion, agreement, e, version.terms.autoConfirm());
            placed.add(e);
        }
        occasion.updatedAt = now;
        LOG.infof(
                "Employer %s ordered %d seats on occasion %s (order %s): %d with a seat, %d waiting",
                employer,
                placed.size(),
                occasion.occasionId,
                order.id,
                placed.stream().filter(e -> e.status.holdsSeat()).count(),
                placed.stream().filter(e -> e.waitlistPosition != null).count());
        return new PlacedOrder(order, placed, false);
    }

    /** The first answer to this key, if there was one; the same key with a different request is refused. */
    @Transactional
    public Optional<PlacedOrder> replay(String employer, String idempotencyKey, String hash) {
        return orders.byIdempotencyKey(employer, idempotencyKey).map(existing -> {
            if (!existing.requestHash.equals(hash)) {
                throw ProblemException.unprocessable("Idempotency-Key " + idempotencyKey
                        + " was used for a different order; use a new key for a new order");
            }
            return new PlacedOrder(existing, enrolments.ofOrder(existing.id), true);
        });
    }

    @Transactional
    public PlacedOrder get(Viewer viewer, UUID id) {
        Order order = orders.findByIdOptional(id)
                .filter(o -> viewer.isEmployer()
                        ? o.employer.equals(viewer.organisation())
                        : occasions
                                .findByIdOptional(o.occasionId)
                                .map(f -> viewer.sees(f.university, o.employer))
                                .orElse(false))
                .orElseThrow(() -> ProblemException.notFound("order", id));
        return new PlacedOrder(order, enrolments.ofOrder(id), false);
    }

    @Transactional
    public PageOf<PlacedOrder> list(Viewer viewer, OrderFilter filter, SortOrder<OrderSort> sort, int page, int size) {
        PageOf<Order> found = orders.visibleTo(viewer, filter, sort, page, size);
        var byOrder = enrolments.ofOrders(found.items().stream().map(o -> o.id).toList()).stream()
                .collect(Collectors.groupingBy(e -> e.orderId));
        return new PageOf<>(
                found.items().stream()
                        .map(o -> new PlacedOrder(o, byOrder.getOrDefault(o.id, List.of()), false))
                        .toList(),
                found.total());
    }

    /** An occasion an agreement covers and takes orders on now, at the price one participant costs under it. */
    public record Orderable(OccasionFact occasion, BigDecimal price) {}

    /**
     * What the employer can order under its agreement today: the occasions of the agreement's university that are
     * published, before their order deadline, covered and priced by the terms in force, soonest first. None when the
     * agreement is not in force.
     */
    @Transactional
    public PageOf<Orderable> orderable(String employer, UUID agreementId, int page, int size) {
        AgreementFact agreement = agreements
                .findByIdOptional(agreementId)
                .filter(a -> a.employer.equals(employer))
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
        LocalDate today = LocalDate.now(clock);
        Optional<AgreementTermsVersion> version = terms.inForce(agreementId, today);
        if (!agreement.activeOn(today) || version.isEmpty()) {
            return new PageOf<>(List.of(), 0);
        }
        AgreementTerms t = version.get().terms;
        PageOf<OccasionFact> found = occasions.orderable(
                agreement.university,
                agreementId,
                today,
                t.coverage().allCourses() ? null : t.coverage().courseIds(),
                t.pricing().kind().equals("FIXED")
                        ? t.pricing().prices().stream()
                                .map(AgreementTerms.CoursePrice::courseId)
                                .toList()
                        : null,
                page,
                size);
        return new PageOf<>(
                found.items().stream()
                        .map(o -> new Orderable(
                                o,
                                Pricing.pricePerParticipant(t, o.courseId, o.listPrice)
                                        .orElseThrow()))
                        .toList(),
                found.total());
    }

    public static String hash(OrderRequest request) {
        try {
            byte[] canonical = EventJson.mapper().writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the order", e);
        }
    }

    private AgreementTermsVersion checkOrderable(
            OccasionFact occasion,
            AgreementFact agreement,
            OrderRequest request,
            LocalDate today,
            Optional<AgreementTermsVersion> termsInForce) {
        if (OccasionFact.WITHDRAWN.equals(occasion.status)) {
            throw ProblemException.conflict("Occasion " + occasion.occasionId + " has been withdrawn");
        }
        if (today.isAfter(occasion.orderDeadline)) {
            throw ProblemException.conflict(
                    "Occasion " + occasion.occasionId + " took orders until " + occasion.orderDeadline);
        }
        requireInForce(agreement, today);
        if (!occasion.orderableUnder(agreement.agreementId)) {
            throw ProblemException.unprocessable("Occasion " + occasion.occasionId + " was made for agreement "
                    + occasion.closedAgreement + " and takes orders under it only");
        }
        if (!agreement.university.equals(occasion.university)) {
            throw ProblemException.unprocessable("Agreement " + agreement.agreementId + " is with university "
                    + agreement.university + ", but the occasion is " + occasion.university + "'s");
        }
        AgreementTermsVersion version = termsInForce.orElseThrow(() -> ProblemException.unprocessable(
                "Agreement " + agreement.agreementId + " has no terms in force on " + today));
        AgreementTerms t = version.terms;
        if (!Pricing.covers(t, occasion.courseId)) {
            throw ProblemException.unprocessable(
                    "Agreement " + agreement.agreementId + " does not cover course " + occasion.courseCode);
        }
        if (t.invoicing().requiresOrderReference()
                && (request.orderReference() == null || request.orderReference().isBlank())) {
            throw ProblemException.unprocessable("Agreement " + agreement.agreementId
                    + " requires your own order number on every order (orderReference), for its invoices");
        }
        if (request.purpose() == Purpose.DEVELOPMENT_AID
                && "PRIVATE".equals(t.employer().buyerType())) {
            throw ProblemException.unprocessable("Only a public commissioner may order for development-aid reasons");
        }
        return version;
    }

    private static void requireInForce(AgreementFact agreement, LocalDate today) {
        if (!agreement.activeOn(today)) {
            throw ProblemException.unprocessable("Agreement " + agreement.agreementId + " is not in force on " + today
                    + " (" + agreement.status + ", valid " + agreement.validFrom + " to " + agreement.validTo + ")");
        }
    }

    private static void checkParticipants(List<Participant> participants) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> employees = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (!employees.add(p.employeeNumber().trim())) {
                errors.add(new FieldError("participants[" + i + "].employeeNumber", "names the same employee twice"));
            }
            if (!emails.add(p.email().trim().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("participants[" + i + "].email", "names the same e-mail address twice"));
            }
            if (p.personalIdentityNumber() != null && !PersonalIdentityNumbers.isValid(p.personalIdentityNumber())) {
                // The number itself is never echoed back or logged.
                errors.add(new FieldError(
                        "participants[" + i + "].personalIdentityNumber",
                        "is not a valid personal identity number (YYYYMMDD-NNNN with a check digit)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
