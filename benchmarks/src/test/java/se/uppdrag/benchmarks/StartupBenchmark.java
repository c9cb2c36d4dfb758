package se.uppdrag.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.ServiceLaunch;

/**
 * Each service's time to ready and its memory, as deploy/local runs it: a second instance of each built jar is
 * started beside the running platform (same databases, broker and Keycloak, its own HTTP port), timed from launch to
 * {@code /q/health/ready} answering 200, its resident set read then, and stopped; -Dbenchmark.starts times each
 * (default 3, the median reported). Then the resident set of the running platform's own processes, idle.
 */
class StartupBenchmark {

    private static final List<String> SERVICES =
            List.of("catalogue", "partner-agreement", "enrolment", "invoicing", "portal");
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void time_to_ready_and_resident_memory_of_each_service() throws Exception {
        int starts = Integer.getInteger("benchmark.starts", 3);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK services on Java %d (with an AOT cache where deploy/local/up trained " + "one)%n",
                ServiceLaunch.javaVersion());
        for (String service : SERVICES) {
            List<Long> millis = new ArrayList<>();
            long rss = 0;
            for (int i = 0; i < starts; i++) {
                int port = freePort();
                long start = System.nanoTime();
                Process process = ServiceLaunch.of(ROOT, service, "-Dquarkus.http.port=" + port)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                try {
                    awaitReady(http, port, process);
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    rss = residentKiB(process.pid());
                } finally {
                    process.destroy();
                    process.waitFor();
                }
            }
            Collections.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK %s: launch to ready %d ms (median of %s), resident %d MB at ready%n",
                    service,
                    millis.get(millis.size() / 2),
                    millis,
                    rss / 1024);
        }
        for (String process : List.of("catalogue", "partner-agreement", "enrolment", "invoicing", "portal", "kafka")) {
            Path pidFile = ROOT.resolve("deploy/local/.run/" + process + ".pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                System.out.printf(
                        Locale.ROOT,
                        "BENCHMARK %s as deploy/local runs it: resident %d MB%n",
                        process,
                        residentKiB(pid) / 1024);
            }
        }
    }

    /** Waits until the instance on {@code port} answers ready; fails if it exits first. */
    static void awaitReady(HttpClient http, int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited at start (is deploy/local/up running?)");
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not ready within 2 minutes");
    }

    /** VmRSS of a process (and its children: none here), in KiB. */
    static long residentKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
