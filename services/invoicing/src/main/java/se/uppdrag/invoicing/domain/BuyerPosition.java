package se.uppdrag.invoicing.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A buyer's invoices under one agreement, summed for reconciliation (buyer and agreement absent in a total). */
public record BuyerPosition(
        String buyer,
        String buyerName,
        UUID agreement,
        long invoices,
        BigDecimal invoiced,
        BigDecimal credited,
        BigDecimal paid,
        BigDecimal open,
        BigDecimal overdue,
        BigDecimal overpaid) {}
