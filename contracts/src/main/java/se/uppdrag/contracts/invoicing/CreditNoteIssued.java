package se.uppdrag.contracts.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;

public record CreditNoteIssued(
        UUID creditNoteId,
        String number,
        UUID invoiceId,
        String invoiceNumber,
        String seller,
        String buyer,
        LocalDate issueDate,
        Money net,
        Money vat,
        Money total,
        List<InvoiceLine> lines) {}
