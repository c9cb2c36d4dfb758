package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.invoicing.domain.OccasionStart;
import se.uppdrag.invoicing.repository.OccasionStartRepository;

/** Each occasion's start date, kept from the catalogue's events: terms that bill at the start wait for it. */
@ApplicationScoped
public class OccasionProjection {

    @Inject
    OccasionStartRepository occasionStarts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void occasion(UUID occasionId, LocalDate startDate) {
        OccasionStart start = occasionStarts.findById(occasionId);
        if (start == null) {
            start = new OccasionStart();
            start.occasionId = occasionId;
        }
        start.startDate = startDate;
        occasionStarts.persist(start);
    }
}
