package se.uppdrag.invoicing.service;

import com.helger.peppol.security.PeppolTrustedCA;
import com.helger.peppol.sml.ESML;
import com.helger.peppolid.IParticipantIdentifier;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.crypto.IAS4CryptoFactory;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.messaging.http.HttpRetrySettings;
import com.helger.phase4.peppol.Phase4PeppolSender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.scope.mgr.ScopeManager;
import com.helger.security.certificate.TrustedCAChecker;
import com.helger.security.revocation.ERevocationCheckMode;
import com.helger.smpclient.peppol.SMPClientReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * This university's Peppol access point, sending side (phase4): delivers a Peppol BIS Billing 3.0 document in a
 * standard business document over AS4, signed and encrypted, to the buyer's access point — a fixed one (local runs,
 * tests) or the one the buyer's SMP names — and says what came of it. A receiver that answers a message id it has
 * already handled as a duplicate had the document from an earlier attempt whose receipt was lost: delivered.
 */
@ApplicationScoped
public class PeppolAccessPoint {

    private static final Logger LOG = Logger.getLogger(PeppolAccessPoint.class);
    static final String BILLING_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String INVOICE_TYPE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##"
            + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
    static final String CREDIT_NOTE_TYPE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##"
            + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1";
    /**
     * A receiver's answer to a message id it has handled before. AS4 gives duplicates no error code of their own:
     * phase4 answers EBMS:0004 ("Other") saying so (older releases EBMS:4001); another access point may differ.
     */
    static boolean isDuplicate(String code, String detail) {
        return "EBMS:4001".equals(code)
                || ("EBMS:0004".equals(code)
                        && detail != null
                        && detail.toLowerCase(Locale.ROOT).contains("duplicate"));
    }

    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";

    public enum Result {
        DELIVERED,
        ALREADY_DELIVERED,
        FAILED
    }

    public record Outcome(Result result, String detail) {

        public boolean delivered() {
            return result != Result.FAILED;
        }
    }

    /** What one delivery sends (the UBL document): from and to whom (Peppol participant ids), under which message id. */
    public record Parcel(String messageId, String sender, String receiver, boolean creditNote, String document) {}

    @Inject
    InvoicingConfig config;

    private volatile Setup setup;

    private record Setup(IAS4CryptoFactory crypto, TrustedCAChecker trustedCAs, X509Certificate endpointCertificate) {}

    /** Sends the parcel once; a failure is an outcome with its reason, never an exception. */
    public Outcome send(Parcel parcel) {
        Setup s;
        try {
            s = setup();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return new Outcome(Result.FAILED, "Peppol sending is not set up: " + e.getMessage());
        }
        InvoicingConfig.PeppolDelivery peppol = config.peppol();
        IParticipantIdentifier receiver =
                Phase4PeppolSender.IF.createParticipantIdentifierWithDefaultScheme(parcel.receiver());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            var builder = Phase4PeppolSender.builder()
                    .cryptoFactory(s.crypto())
                    .peppolAP_CAChecker(s.trustedCAs())
                    .documentTypeID(Phase4PeppolSender.IF.createDocumentTypeIdentifierWithDefaultScheme(
                            parcel.creditNote() ? CREDIT_NOTE_TYPE : INVOICE_TYPE))
                    .processID(Phase4PeppolSender.IF.createProcessIdentifierWithDefaultScheme(BILLING_PROCESS))
                    .senderParticipantID(
                            Phase4PeppolSender.IF.createParticipantIdentifierWithDefaultScheme(parcel.sender()))
                    .receiverParticipantID(receiver)
                    .senderPartyID(peppol.senderPartyId().orElse("POP000000"))
                    .countryC1(peppol.country())
                    .messageID(parcel.messageId())
                    .sbdhInstanceIdentifier(parcel.messageId())
                    .payload(parcel.document().getBytes(StandardCharsets.UTF_8))
                    // Checked against the official rules before it was issued (tests); not again per send.
                    .disableValidation()
                    // Retries are the delivery's own, with backoff and a record of each.
                    .httpRetrySettings(new HttpRetrySettings().setMaxRetries(0))
                    .signalMsgConsumer((signal, metadata, state) -> {
                        for (Ebms3Error error : signal.getError()) {
                            (isDuplicate(error.getErrorCode(), error.getErrorDetail()) ? duplicates : errors)
                                    .add(error.getErrorCode() + " " + error.getShortDescription()
                                            + (error.getErrorDetail() == null ? "" : ": " + error.getErrorDetail()));
                        }
                    });
            if (peppol.endpointUrl().isPresent()) {
                builder.receiverEndpointDetails(
                        s.endpointCertificate(), peppol.endpointUrl().get());
            } else {
                builder.smpClient(new SMPClientReadOnly(Phase4PeppolSender.URL_PROVIDER, receiver, sml()));
            }
            EAS4UserMessageSendResult result = builder.sendMessageAndCheckForReceipt(e -> problems.add(reason(e)));
            if (result == EAS4UserMessageSendResult.SUCCESS) {
                return new Outcome(Result.DELIVERED, null);
            }
            if (result == EAS4UserMessageSendResult.AS4_ERROR_MESSAGE_RECEIVED
                    && errors.isEmpty()
                    && !duplicates.isEmpty()) {
                return new Outcome(Result.ALREADY_DELIVERED, duplicates.get(0));
            }
            List<String> why = new ArrayList<>(errors);
            why.addAll(problems);
            return new Outcome(Result.FAILED, result.name() + (why.isEmpty() ? "" : ": " + String.join("; ", why)));
        } catch (Exception e) {
            LOG.debugf(e, "Sending %s failed", parcel.messageId());
            return new Outcome(Result.FAILED, reason(e));
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e
                ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private ESML sml() {
        return ESML.valueOf(config.peppol().sml());
    }

    private Setup setup() throws IOException, GeneralSecurityException {
        Setup s = setup;
        if (s == null) {
            synchronized (this) {
                s = setup;
                if (s == null) {
                    s = load();
                    setup = s;
                }
            }
        }
        return s;
    }

    private Setup load() throws IOException, GeneralSecurityException {
        InvoicingConfig.PeppolDelivery peppol = config.peppol();
        if (ScopeManager.getGlobalScopeOrNull() == null) {
            ScopeManager.onGlobalBegin("uppdrag-invoicing"); // phase4 keeps its managers in a global scope
        }
        useJdkTransformerFactory();
        char[] password = peppol.keystorePassword().orElse("").toCharArray();
        KeyStore keys = keyStore(
                peppol.keystore()
                        .orElseThrow(
                                () -> new IllegalStateException("uppdrag.invoicing.peppol.keystore " + "is not set")),
                password);
        KeyStore trust = peppol.truststore().isPresent()
                ? keyStore(
                        peppol.truststore().get(),
                        peppol.truststorePassword().orElse("").toCharArray())
                : null;
        TrustedCAChecker trustedCAs;
        if (trust == null) {
            trustedCAs = sml() == ESML.PEPPOL_PRODUCTION
                    ? PeppolTrustedCA.peppolProductionAP()
                    : PeppolTrustedCA.peppolTestAP();
        } else {
            List<X509Certificate> cas = new ArrayList<>();
            for (String alias : Collections.list(trust.aliases())) {
                cas.add((X509Certificate) trust.getCertificate(alias));
            }
            // A private PKI (the local one) publishes no revocation lists; OpenPeppol's CAs do.
            trustedCAs = new TrustedCAChecker(
                    peppol.endpointUrl().isPresent() ? ERevocationCheckMode.NONE : ERevocationCheckMode.OCSP_BEFORE_CRL,
                    Duration.ofHours(6),
                    1000,
                    cas.toArray(X509Certificate[]::new));
        }
        X509Certificate endpointCertificate = null;
        if (peppol.endpointUrl().isPresent()) {
            Path pem = peppol.endpointCertificate()
                    .orElseThrow(() -> new IllegalStateException(
                            "uppdrag.invoicing.peppol.endpoint-certificate is needed with endpoint-url"));
            try (InputStream in = Files.newInputStream(pem)) {
                endpointCertificate = (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
        }
        LOG.infof(
                "Peppol delivery as %s, to %s",
                peppol.senderPartyId().orElse("an access point without a seat id"),
                peppol.endpointUrl()
                        .map(url -> "the access point at " + url)
                        .orElse("each buyer's access point " + "as its SMP names it (" + sml() + ")"));
        return new Setup(
                new AS4CryptoFactoryInMemoryKeyStore(keys, peppol.keyAlias(), password, trust),
                trustedCAs,
                endpointCertificate);
    }

    /**
     * phase4 and JAXB ask for a new TransformerFactory per message; without the property naming one, each ask scans
     * the class path for providers, which took most of a delivery's time. The JDK's own is what the scan finds here.
     */
    static void useJdkTransformerFactory() {
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(
                    TRANSFORMER_FACTORY, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private static KeyStore keyStore(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
