package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** When an occasion starts, as the catalogue announced it. */
@Entity
@Table(name = "occasion_start")
public class OccasionStart {

    @Id
    @Column(name = "occasion_id")
    public UUID occasionId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
}
