package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.agreement.domain.Offer;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    /** The university's answer to the inquiry, if it gave one. */
    public Optional<Offer> of(UUID inquiryId, String university) {
        return find("inquiryId = ?1 and university = ?2", inquiryId, university).firstResultOptional();
    }

    /** Every answer to the inquiry, in the order they first came. */
    public List<Offer> ofInquiry(UUID inquiryId) {
        return list("inquiryId", Sort.by("createdAt").and("university"), inquiryId);
    }
}
