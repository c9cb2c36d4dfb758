package se.uppdrag.invoicing.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The invoicing service's settings; the issuer's and the overdue check's schedules read their intervals by name. */
@ConfigMapping(prefix = "uppdrag.invoicing")
public interface InvoicingConfig {

    /** How long an order's due enrolments rest before they are billed, so confirmations close together share one. */
    @WithDefault("PT1S")
    Duration settle();

    /** How long what is due waits for the rest of its order to be decided before it is billed on its own. */
    @WithDefault("PT1H")
    Duration orderPatience();

    /** How often the issuer looks for what is due (its schedule reads it). */
    @WithDefault("2s")
    Duration issueInterval();

    /** How often invoices past their due date are marked overdue (its schedule reads it). */
    @WithDefault("1h")
    Duration overdueCheckInterval();

    VatSettings vat();

    LedgerAccounts ledger();

    interface VatSettings {
        /**
         * Buyers (organisation numbers) whose own exempt education the courses are part of: VAT category E. To be
         * confirmed with the university's tax function before one is listed.
         */
        Optional<List<String>> exemptEducationBuyers();

        /** The exemption reason an invoice to such a buyer states. */
        String exemptEducationReason();
    }

    /** The accounts of the SIE 4 export (BAS chart defaults); set them to the university's own chart. */
    interface LedgerAccounts {
        @WithDefault("1510")
        String receivables();

        @WithDefault("3010")
        String revenue();

        @WithDefault("2611")
        String outputVat();

        @WithDefault("1930")
        String bank();

        @WithDefault("2420")
        String unallocated();
    }
}
