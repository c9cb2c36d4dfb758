package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.uppdrag.catalogue.domain.EnrolmentSeat;

@ApplicationScoped
public class EnrolmentSeatRepository implements PanacheRepositoryBase<EnrolmentSeat, UUID> {}
