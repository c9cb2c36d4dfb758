package se.uppdrag.contracts.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;

public record InvoiceIssued(
        UUID invoiceId,
        String number,
        String seller,
        String buyer,
        UUID orderId,
        UUID agreementId,
        LocalDate issueDate,
        LocalDate dueDate,
        String ocr,
        String taxCategory,
        Money net,
        Money vat,
        Money total,
        List<InvoiceLine> lines) {}
