package se.uppdrag.contracts.invoicing;

import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.contracts.Money;

public record InvoicePaid(
        UUID invoiceId, String number, String seller, String buyer, LocalDate paidOn, Money total, Money paid) {}
