package se.uppdrag.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uppdrag.contracts.agreement.AgreementExpired;
import se.uppdrag.contracts.agreement.AgreementTerminated;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.contracts.agreement.OfferAwarded;
import se.uppdrag.contracts.catalogue.CourseSnapshot;
import se.uppdrag.contracts.catalogue.LearningPathSnapshot;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.contracts.invoicing.CreditNoteIssued;
import se.uppdrag.contracts.invoicing.InvoiceIssued;
import se.uppdrag.contracts.invoicing.InvoiceOverdue;
import se.uppdrag.contracts.invoicing.InvoicePaid;
import se.uppdrag.contracts.invoicing.PaymentMatched;

/** Every event type of every service, at every published schema version. Tests prove this list and the schemas agree. */
public final class EventCatalog {

    public static final String CATALOGUE = "catalogue";
    public static final String PARTNER_AGREEMENT = "partner-agreement";
    public static final String ENROLMENT = "enrolment";
    public static final String INVOICING = "invoicing";

    public static final EventDefinition COURSE_PUBLISHED = catalogue("CoursePublished", "course", CourseSnapshot.class);
    public static final EventDefinition COURSE_CHANGED = catalogue("CourseChanged", "course", CourseSnapshot.class);
    public static final EventDefinition OFFERING_PUBLISHED =
            catalogue("OfferingPublished", "occasion", OfferingSnapshot.class);
    public static final EventDefinition OFFERING_CHANGED =
            catalogue("OfferingChanged", "occasion", OfferingSnapshot.class);
    public static final EventDefinition OFFERING_WITHDRAWN =
            catalogue("OfferingWithdrawn", "occasion", OfferingWithdrawn.class);
    public static final EventDefinition LEARNING_PATH_PUBLISHED =
            catalogue("LearningPathPublished", "learning-path", LearningPathSnapshot.class);
    public static final EventDefinition LEARNING_PATH_CHANGED =
            catalogue("LearningPathChanged", "learning-path", LearningPathSnapshot.class);

    public static final EventDefinition AGREEMENT_ACTIVATED = agreement("AgreementActivated", AgreementTerms.class);
    public static final EventDefinition AGREEMENT_AMENDED = agreement("AgreementAmended", AgreementTerms.class);
    public static final EventDefinition AGREEMENT_TERMINATED =
            agreement("AgreementTerminated", AgreementTerminated.class);
    public static final EventDefinition AGREEMENT_EXPIRED = agreement("AgreementExpired", AgreementExpired.class);
    public static final EventDefinition OFFER_AWARDED = new EventDefinition(
            "OfferAwarded", 1, Topics.PARTNER_AGREEMENTS, PARTNER_AGREEMENT, "inquiry", OfferAwarded.class);

    public static final EventDefinition ENROLMENT_REQUESTED = enrolment("EnrolmentRequested");
    public static final EventDefinition ENROLMENT_WAITLISTED = enrolment("EnrolmentWaitlisted");
    public static final EventDefinition ENROLMENT_PROMOTED = enrolment("EnrolmentPromoted");
    public static final EventDefinition ENROLMENT_CONFIRMED = enrolment("EnrolmentConfirmed");
    public static final EventDefinition ENROLMENT_REJECTED = enrolment("EnrolmentRejected");
    public static final EventDefinition ENROLMENT_CANCELLED = enrolment("EnrolmentCancelled");
    public static final EventDefinition PARTICIPANT_SUBSTITUTED = enrolment("ParticipantSubstituted");
    public static final EventDefinition ENROLMENT_COMPLETED = enrolment("EnrolmentCompleted");
    public static final EventDefinition ENROLMENT_NOT_COMPLETED = enrolment("EnrolmentNotCompleted");

    public static final EventDefinition INVOICE_ISSUED = invoicing("InvoiceIssued", InvoiceIssued.class);
    public static final EventDefinition CREDIT_NOTE_ISSUED = invoicing("CreditNoteIssued", CreditNoteIssued.class);
    public static final EventDefinition PAYMENT_MATCHED = invoicing("PaymentMatched", PaymentMatched.class);
    public static final EventDefinition INVOICE_PAID = invoicing("InvoicePaid", InvoicePaid.class);
    public static final EventDefinition INVOICE_OVERDUE = invoicing("InvoiceOverdue", InvoiceOverdue.class);

    public static final List<EventDefinition> ALL = List.of(
            COURSE_PUBLISHED,
            COURSE_CHANGED,
            OFFERING_PUBLISHED,
            OFFERING_CHANGED,
            OFFERING_WITHDRAWN,
            LEARNING_PATH_PUBLISHED,
            LEARNING_PATH_CHANGED,
            AGREEMENT_ACTIVATED,
            AGREEMENT_AMENDED,
            AGREEMENT_TERMINATED,
            AGREEMENT_EXPIRED,
            OFFER_AWARDED,
            ENROLMENT_REQUESTED,
            ENROLMENT_WAITLISTED,
            ENROLMENT_PROMOTED,
            ENROLMENT_CONFIRMED,
            ENROLMENT_REJECTED,
            ENROLMENT_CANCELLED,
            PARTICIPANT_SUBSTITUTED,
            ENROLMENT_COMPLETED,
            ENROLMENT_NOT_COMPLETED,
            INVOICE_ISSUED,
            CREDIT_NOTE_ISSUED,
            PAYMENT_MATCHED,
            INVOICE_PAID,
            INVOICE_OVERDUE);

    private static final Map<String, EventDefinition> BY_TYPE_AND_VERSION =
            ALL.stream().collect(Collectors.toUnmodifiableMap(d -> key(d.type(), d.version()), Function.identity()));

    private EventCatalog() {}

    public static Optional<EventDefinition> find(String type, int version) {
        return Optional.ofNullable(BY_TYPE_AND_VERSION.get(key(type, version)));
    }

    /** Every event type one service publishes, in catalog order. */
    public static List<EventDefinition> producedBy(String producer) {
        return ALL.stream().filter(d -> d.producer().equals(producer)).toList();
    }

    public static boolean knowsType(String type) {
        return ALL.stream().anyMatch(d -> d.type().equals(type));
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    private static EventDefinition catalogue(String type, String aggregateType, Class<?> payload) {
        return new EventDefinition(type, 1, Topics.CATALOGUE_OFFERINGS, CATALOGUE, aggregateType, payload);
    }

    private static EventDefinition agreement(String type, Class<?> payload) {
        return new EventDefinition(type, 1, Topics.PARTNER_AGREEMENTS, PARTNER_AGREEMENT, "agreement", payload);
    }

    private static EventDefinition enrolment(String type) {
        return new EventDefinition(type, 1, Topics.ENROLMENT_ENROLMENTS, ENROLMENT, "enrolment", EnrolmentFact.class);
    }

    private static EventDefinition invoicing(String type, Class<?> payload) {
        return new EventDefinition(type, 1, Topics.INVOICING_INVOICES, INVOICING, "invoice", payload);
    }
}
