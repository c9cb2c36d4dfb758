package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.uppdrag.agreement.domain.Inquiry;
import se.uppdrag.agreement.domain.InquiryNeed;
import se.uppdrag.agreement.domain.Offer;
import se.uppdrag.agreement.domain.OfferContent;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.agreement.OfferAwarded;
import se.uppdrag.platform.outbox.Outbox;

/**
 * Inquiry facts as events: the award, which the catalogue turns into closed occasions of the employer (and, for a new
 * course, the course). The ids of a new course and of the occasions are derived from the offer's, so the catalogue
 * and this service name them alike and a replayed event creates nothing twice.
 */
@ApplicationScoped
public class InquiryEvents {

    @Inject
    Outbox outbox;

    /** The id the catalogue gives the course an offer proposes, if it is a new one. */
    public static UUID courseOf(Offer offer) {
        UUID existing = offer.content.course().existingCourseId();
        return existing != null ? existing : derived("offer:" + offer.id + ":course");
    }

    public void awarded(Inquiry inquiry, Offer offer) {
        OfferContent content = offer.content;
        InquiryNeed need = inquiry.need;
        OfferContent.NewCourse proposed = content.course().newCourse();
        OfferAwarded.Course course = new OfferAwarded.Course(
                courseOf(offer),
                proposed == null,
                proposed == null ? null : proposed.title(),
                proposed == null ? null : proposed.learningOutcomes(),
                proposed == null ? null : proposed.credits(),
                proposed == null || proposed.cycle() == null
                        ? null
                        : proposed.cycle().name(),
                need.subject(),
                need.language());
        List<OfferAwarded.Occasion> occasions = new ArrayList<>();
        for (int i = 0; i < content.occasions().size(); i++) {
            OfferContent.ProposedOccasion o = content.occasions().get(i);
            String place = o.place() != null && !o.place().isBlank() ? o.place() : need.place();
            occasions.add(new OfferAwarded.Occasion(
                    derived("offer:" + offer.id + ":occasion:" + i),
                    o.startDate(),
                    o.endDate(),
                    o.mode().name(),
                    o.seats(),
                    place != null && !place.isBlank() ? place : o.mode().name().equals("ONLINE") ? "Online" : "–"));
        }
        outbox.publish(
                EventCatalog.OFFER_AWARDED,
                inquiry.id.toString(),
                new OfferAwarded(
                        inquiry.id,
                        offer.id,
                        inquiry.agreementId,
                        offer.university,
                        inquiry.employer,
                        course,
                        occasions,
                        content.perParticipant(need.participants())));
    }

    private static UUID derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
