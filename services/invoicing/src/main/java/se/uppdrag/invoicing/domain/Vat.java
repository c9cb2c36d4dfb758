package se.uppdrag.invoicing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The VAT category of an invoice (EN 16931 / Peppol codes). Which one applies is decided by the buyer's type and the
 * university's configuration (see {@code VatRules}); the categories themselves are fixed here.
 */
public record Vat(String category, BigDecimal percent, String exemptionReasonCode, String exemptionReason) {

    /** Companies, municipalities and regions: standard rate. */
    public static final Vat STANDARD = new Vat("S", new BigDecimal("25.00"), null, null);

    /** Another state agency: outside the scope of VAT, the state being one taxable person; no VAT identifiers. */
    public static final Vat OUTSIDE_SCOPE = new Vat("O", new BigDecimal("0.00"), "VATEX-EU-O", null);

    /** Education that is part of the buyer's own exempt education (EU VAT directive art. 132.1(i)). */
    public static Vat exemptEducation(String reason) {
        return new Vat("E", new BigDecimal("0.00"), "VATEX-EU-132-1I", reason);
    }

    /** Category O forbids the seller's and buyer's VAT identifiers on the document (BR-O-02, BR-O-03). */
    public boolean identifiersAllowed() {
        return !"O".equals(category);
    }

    /** The category's VAT on the sum of the lines, rounded to the öre (EN 16931: per category, on the total). */
    public BigDecimal on(BigDecimal net) {
        return net.multiply(percent).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
