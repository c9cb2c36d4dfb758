package se.uppdrag.invoicing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import se.uppdrag.peppolreceiver.LocalAccessPoint;
import se.uppdrag.peppolreceiver.TestPki;

/**
 * A buyer's Peppol access point in the test JVM (the local one: phase4's receiving side), with a test PKI, and the
 * invoicing service set up to deliver to it, retrying after a second. Tests stop and start it to play a receiver that
 * is down and comes back (on the same port, with what it had received).
 */
public class PeppolReceiverResource implements QuarkusTestResourceLifecycleManager {

    static final String PASSWORD = "invoicing-test";
    private static final Path DIRECTORY = Path.of("target", "peppol").toAbsolutePath();

    private static TestPki pki;
    private static int port;
    private static LocalAccessPoint receiver;

    @Override
    public Map<String, String> start() {
        try {
            pki = TestPki.ensure(DIRECTORY.resolve("pki"), PASSWORD.toCharArray());
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            startReceiver();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the local Peppol access point", e);
        }
        return Map.ofEntries(
                Map.entry("uppdrag.invoicing.peppol.enabled", "true"),
                Map.entry(
                        "uppdrag.invoicing.peppol.keystore",
                        pki.senderKeyStore().toString()),
                Map.entry("uppdrag.invoicing.peppol.keystore-password", PASSWORD),
                Map.entry(
                        "uppdrag.invoicing.peppol.truststore", pki.trustStore().toString()),
                Map.entry("uppdrag.invoicing.peppol.truststore-password", PASSWORD),
                Map.entry("uppdrag.invoicing.peppol.sender-party-id", "PSE000001"),
                Map.entry("uppdrag.invoicing.peppol.endpoint-url", receiver.endpointUrl()),
                Map.entry(
                        "uppdrag.invoicing.peppol.endpoint-certificate",
                        pki.receiverCertificatePem().toString()),
                Map.entry("uppdrag.invoicing.peppol.interval", "1s"),
                Map.entry("uppdrag.invoicing.peppol.first-wait", "PT1S"),
                Map.entry("uppdrag.invoicing.peppol.longest-wait", "PT2S"),
                Map.entry("uppdrag.invoicing.peppol.max-attempts", "3"));
    }

    static synchronized LocalAccessPoint receiver() {
        return receiver;
    }

    static synchronized void stopReceiver() {
        receiver.close();
    }

    static synchronized void startReceiver() throws Exception {
        receiver = LocalAccessPoint.start(port, pki, DIRECTORY.resolve("received-" + port));
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
