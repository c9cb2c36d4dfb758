package se.uppdrag.invoicing.rest;

import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.contracts.Money;
import se.uppdrag.invoicing.domain.Payment;
import se.uppdrag.invoicing.domain.PaymentStatus;

/** An incoming payment and what it was matched to. */
public record PaymentView(
        UUID id,
        LocalDate bookingDate,
        Money amount,
        String reference,
        String payer,
        PaymentStatus status,
        UUID invoiceId,
        boolean manual,
        LocalDate allocatedOn) {

    static PaymentView of(Payment p) {
        return new PaymentView(
                p.id,
                p.bookingDate,
                Money.sek(p.amount),
                p.reference,
                p.payer,
                p.status,
                p.invoiceId,
                p.manual,
                p.allocatedOn);
    }
}
