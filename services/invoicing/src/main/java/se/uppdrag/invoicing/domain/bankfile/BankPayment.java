package se.uppdrag.invoicing.domain.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One incoming payment as a bank file reports it. {@code sourceKey} is the bank's own identity of the payment, so the
 * same payment arriving again (in the same or another file) is recognised; {@code reference} is what the payer wrote
 * (an OCR reference when all went well).
 */
public record BankPayment(String sourceKey, LocalDate bookingDate, BigDecimal amount, String reference, String payer) {}
