package se.uppdrag.invoicing.domain.bankfile;

import java.util.List;

/** A bank file read whole: its incoming payments, and how many entries it held that are not payments to us. */
public record BankFile(String format, List<BankPayment> payments, int ignored) {

    public static final String CAMT_054 = "CAMT054";
    public static final String BGMAX = "BGMAX";
}
