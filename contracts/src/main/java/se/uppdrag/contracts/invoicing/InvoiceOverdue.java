package se.uppdrag.contracts.invoicing;

import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.contracts.Money;

public record InvoiceOverdue(
        UUID invoiceId, String number, String seller, String buyer, LocalDate dueDate, Money open) {}
