package se.uppdrag.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The VAT of an invoice by the buyer's type (to be confirmed per university with its tax function, see README):
 * companies, municipalities and regions pay 25 % (category S); another state agency is outside the scope of VAT,
 * the state being one taxable person (category O, exemption reason VATEX-EU-O, no VAT identifiers).
 */
public record Vat(String category, BigDecimal percent, String exemptionReasonCode) {

    public static final Vat STANDARD = new Vat("S", new BigDecimal("25.00"), null);
    public static final Vat OUTSIDE_SCOPE = new Vat("O", new BigDecimal("0.00"), "VATEX-EU-O");

    public static Vat forBuyer(String buyerType) {
        return "STATE_AGENCY".equals(buyerType) ? OUTSIDE_SCOPE : STANDARD;
    }

    /** The category's VAT on the sum of the lines, rounded to the öre (EN 16931: per category, on the total). */
    public BigDecimal on(BigDecimal net) {
        return net.multiply(percent).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
