package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.uppdrag.invoicing.domain.OccasionStart;

@ApplicationScoped
public class OccasionStartRepository implements PanacheRepositoryBase<OccasionStart, UUID> {}
