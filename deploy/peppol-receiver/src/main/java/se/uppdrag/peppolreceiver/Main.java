package se.uppdrag.peppolreceiver;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar peppol-receiver.jar [--port 8090] [--pki DIR] [--store DIR]}: makes the test PKI in DIR if it is
 * not there (password from {@code PEPPOL_TEST_PKI_PASSWORD}), and receives on the port until stopped.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options =
                new HashMap<>(Map.of("--port", "8090", "--pki", "peppol-pki", "--store", "peppol-received"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + options.keySet());
            }
            options.put(args[i], args[i + 1]);
        }
        String password = System.getenv().getOrDefault("PEPPOL_TEST_PKI_PASSWORD", "uppdrag-local-test-pki");
        TestPki pki = TestPki.ensure(Path.of(options.get("--pki")), password.toCharArray());
        LocalAccessPoint accessPoint =
                LocalAccessPoint.start(Integer.parseInt(options.get("--port")), pki, Path.of(options.get("--store")));
        System.out.println("Local Peppol access point receiving at " + accessPoint.endpointUrl()
                + "; what came: http://127.0.0.1:" + accessPoint.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            accessPoint.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
