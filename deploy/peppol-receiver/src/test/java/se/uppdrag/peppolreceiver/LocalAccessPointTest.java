package se.uppdrag.peppolreceiver;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.peppol.Phase4PeppolSender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.security.certificate.TrustedCAChecker;
import com.helger.security.revocation.ERevocationCheckMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAccessPointTest {

    private static final char[] PASSWORD = "test".toCharArray();
    private static final String INVOICE = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
            + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
            + "<cbc:ID>2021001231-000001</cbc:ID></Invoice>";

    @TempDir
    Path directory;

    @Test
    void a_document_signed_under_the_test_ca_is_received_once_however_often_it_is_sent() throws Exception {
        TestPki pki = TestPki.ensure(directory.resolve("pki"), PASSWORD);
        Path store = directory.resolve("store");
        String instance = "uppdrag-" + UUID.randomUUID();
        try (LocalAccessPoint receiver = LocalAccessPoint.start(0, pki, store)) {
            assertThat(send(pki, pki, receiver, instance, instance)).isEqualTo(EAS4UserMessageSendResult.SUCCESS);
            // The same message again (a receipt lost on its way back): the receiver's duplicate check answers.
            assertThat(send(pki, pki, receiver, instance, instance)).isNotEqualTo(EAS4UserMessageSendResult.SUCCESS);
            assertThat(receiver.received()).singleElement().satisfies(r -> {
                assertThat(r.instanceIdentifier()).isEqualTo(instance);
                assertThat(r.sender()).isEqualTo("0007:2021001231");
                assertThat(r.receiver()).isEqualTo("0007:5566778808");
            });
        }
        // Restarted, it still knows the document: a new message carrying it is acknowledged, not kept again.
        try (LocalAccessPoint receiver = LocalAccessPoint.start(0, pki, store)) {
            assertThat(send(pki, pki, receiver, "uppdrag-" + UUID.randomUUID(), instance))
                    .isEqualTo(EAS4UserMessageSendResult.SUCCESS);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void a_sender_outside_the_test_ca_is_refused() throws Exception {
        TestPki pki = TestPki.ensure(directory.resolve("pki"), PASSWORD);
        TestPki stranger = TestPki.ensure(directory.resolve("stranger"), PASSWORD);
        try (LocalAccessPoint receiver = LocalAccessPoint.start(0, pki, directory.resolve("store"))) {
            String instance = "uppdrag-" + UUID.randomUUID();
            assertThat(send(stranger, pki, receiver, instance, instance))
                    .isNotEqualTo(EAS4UserMessageSendResult.SUCCESS);
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void the_pki_is_made_once_and_reused() throws Exception {
        TestPki first = TestPki.ensure(directory.resolve("pki"), PASSWORD);
        X509Certificate certificate = first.receiverCertificate();
        assertThat(TestPki.ensure(directory.resolve("pki"), PASSWORD).receiverCertificate())
                .isEqualTo(certificate);
        assertThat(Files.readString(first.receiverCertificatePem())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    /** Sends with the sender's key, trusting the receiver's CA. */
    private static EAS4UserMessageSendResult send(
            TestPki sender, TestPki receiverPki, LocalAccessPoint receiver, String messageId, String instance)
            throws Exception {
        X509Certificate ca =
                (X509Certificate) receiverPki.load(receiverPki.trustStore()).getCertificate("ca");
        return Phase4PeppolSender.builder()
                .cryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(
                        sender.load(sender.senderKeyStore()),
                        TestPki.ALIAS,
                        sender.password(),
                        receiverPki.load(receiverPki.trustStore())))
                .peppolAP_CAChecker(new TrustedCAChecker(ERevocationCheckMode.NONE, Duration.ofMinutes(1), 10, ca))
                .documentTypeID(Phase4PeppolSender.IF.createDocumentTypeIdentifierWithDefaultScheme(
                        "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##"
                                + "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1"))
                .processID(Phase4PeppolSender.IF.createProcessIdentifierWithDefaultScheme(
                        "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"))
                .senderParticipantID(
                        Phase4PeppolSender.IF.createParticipantIdentifierWithDefaultScheme("0007:2021001231"))
                .receiverParticipantID(
                        Phase4PeppolSender.IF.createParticipantIdentifierWithDefaultScheme("0007:5566778808"))
                .senderPartyID("PSE000001")
                .countryC1("SE")
                .messageID(messageId)
                .sbdhInstanceIdentifier(instance)
                .payload(INVOICE.getBytes(StandardCharsets.UTF_8))
                .disableValidation()
                .receiverEndpointDetails(receiverPki.receiverCertificate(), receiver.endpointUrl())
                .sendMessageAndCheckForReceipt();
    }
}
