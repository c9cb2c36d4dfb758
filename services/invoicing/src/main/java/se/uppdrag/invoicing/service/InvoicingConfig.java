package se.uppdrag.invoicing.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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

    PeppolDelivery peppol();

    /**
     * Delivery of every invoice and credit note to the buyer's Peppol access point over AS4. Off, nothing is sent
     * (nor recorded to be sent): finance downloads the e-invoices and sends them its own way.
     */
    interface PeppolDelivery {
        @WithDefault("false")
        boolean enabled();

        /** This access point's PKCS#12 key store: its Peppol AP certificate (from OpenPeppol's PKI) and key. */
        Optional<Path> keystore();

        Optional<String> keystorePassword();

        @WithDefault("ap")
        String keyAlias();

        /**
         * PKCS#12 trust store of the CAs whose access point certificates are trusted: OpenPeppol's AP CA live (the
         * library's own list is used when none is given), the test PKI's CA locally.
         */
        Optional<Path> truststore();

        Optional<String> truststorePassword();

        /** This access point's Peppol seat id (the subject CN of its AP certificate, e.g. PSE000123). */
        Optional<String> senderPartyId();

        /** The sender's country as Peppol's C1 country (ISO 3166-1 alpha-2). */
        @WithDefault("SE")
        String country();

        /**
         * One receiving access point for every buyer (local runs and tests: the local access point), with its AP
         * certificate as PEM; absent, each buyer's access point is looked up in its SMP through the SML.
         */
        Optional<String> endpointUrl();

        Optional<Path> endpointCertificate();

        /** The SML to find buyers' SMPs through: PEPPOL_PRODUCTION or PEPPOL_TEST. */
        @WithDefault("PEPPOL_PRODUCTION")
        String sml();

        /** How often due deliveries are looked for (besides right after a document is issued). */
        @WithDefault("5s")
        Duration interval();

        /** How long an attempt holds its delivery before another sender may take it up. */
        @WithDefault("2m")
        Duration lease();

        /** The wait after a failed attempt; it doubles with each further attempt, up to the longest wait. */
        @WithDefault("30s")
        Duration firstWait();

        @WithDefault("1h")
        Duration longestWait();

        /** Attempts before a delivery is given up (finance may send it once more). */
        @WithDefault("12")
        int maxAttempts();
    }

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
