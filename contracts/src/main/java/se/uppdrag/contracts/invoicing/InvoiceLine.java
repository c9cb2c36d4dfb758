package se.uppdrag.contracts.invoicing;

import java.util.UUID;
import se.uppdrag.contracts.Money;

public record InvoiceLine(UUID enrolmentId, String description, Money amount) {}
