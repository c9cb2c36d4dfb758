package se.uppdrag.contracts.invoicing;

import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.contracts.Money;

public record PaymentMatched(
        UUID paymentId,
        UUID invoiceId,
        String seller,
        String buyer,
        Money amount,
        LocalDate bookingDate,
        String ocr,
        boolean manual) {}
