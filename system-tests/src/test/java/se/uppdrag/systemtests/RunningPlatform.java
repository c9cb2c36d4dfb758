package se.uppdrag.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.uppdrag.testsupport.ServiceLaunch;
import se.uppdrag.testsupport.TestDatabase;
import se.uppdrag.testsupport.TestKafka;

/**
 * The four services as users run them: their built jars ({@code services/<name>/target/quarkus-app}, made by the
 * package phase before this module's tests), each in its own JVM with a database of its own on the machine's
 * PostgreSQL, all on one real Kafka broker, trusting the running Keycloak's realm. Started once per test run; stopped
 * with it.
 * Logs go to {@code system-tests/target/platform/<service>.log} (the fault harness's to {@code target/faults}).
 */
final class RunningPlatform {

    static final List<String> SERVICES = List.of("catalogue", "partner-agreement", "enrolment", "invoicing");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Beside the JVM options users run with: tests run minutes, not days, and C1 alone compiles all they need. */
    private static final String SHORT_RUN = "-XX:TieredStopAtLevel=1";
    private static RunningPlatform started;

    private final String kafka;
    private final Path logs;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<ProcessBuilder> launchers = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<TestDatabase> databases = new ArrayList<>();
    private Process portal;
    private int portalPort;

    private RunningPlatform(String kafka, Path logs) {
        this.kafka = kafka;
        this.logs = logs;
    }

    /** The platform the system tests share, on the test JVM's broker. */
    static synchronized RunningPlatform get() {
        if (started == null) {
            started = startOn(TestKafka.bootstrapServers(), Path.of("target", "platform"));
        }
        return started;
    }

    /** A platform of its own on the broker given, logging to {@code logs}; stopped with the JVM at the latest. */
    static RunningPlatform startOn(String kafkaBootstrapServers, Path logs) {
        RunningPlatform platform = new RunningPlatform(kafkaBootstrapServers, logs);
        platform.start();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "platform-stop"));
        return platform;
    }

    /** kill -9: the service gets no chance to finish what it was doing. */
    void kill(String service) {
        Process process = processes.get(SERVICES.indexOf(service));
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the service again, as it was launched before (same port, database and broker), and waits until ready. */
    void restart(String service) {
        int index = SERVICES.indexOf(service);
        try {
            processes.set(index, launchers.get(index).start());
        } catch (IOException e) {
            throw new IllegalStateException("could not restart " + service, e);
        }
        awaitReady(service);
    }

    /** Waits until every service answers ready (after a broker or database outage, say). */
    void awaitAllReady() {
        SERVICES.forEach(this::awaitReady);
    }

    /** Where a service's output goes; kept across its restarts. */
    Path log(String service) {
        return logs.resolve(service + ".log");
    }

    /** http://localhost:port of a service. */
    String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /**
     * The portal's URL (http://localhost:port), started on first use from its built jar, calling these services and
     * logging users in through the running Keycloak. Its log is {@code portal.log} beside the services'.
     */
    synchronized String portalUrl() {
        if (portal == null) {
            try {
                Files.deleteIfExists(log("portal"));
                portalPort = Pause.freePort();
                ProcessBuilder builder = ServiceLaunch.of(ROOT, "portal", SHORT_RUN)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log("portal").toFile()));
                Map<String, String> env = builder.environment();
                for (String service : SERVICES) {
                    env.put("UPPDRAG_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", url(service));
                }
                env.put("UPPDRAG_OIDC_URL", KeycloakTokens.REALM);
                env.put("QUARKUS_HTTP_PORT", Integer.toString(portalPort));
                portal = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the portal", e);
            }
            awaitReady("portal", portal, "http://localhost:" + portalPort);
        }
        return "http://localhost:" + portalPort;
    }

    /** The JDBC URL of a service's own database. */
    String jdbcUrl(String service) {
        return databases.get(SERVICES.indexOf(service)).jdbcUrl();
    }

    /** The first column of the first row of a query on a service's own database, as a number. */
    long count(String service, String sql, Object... params) {
        return Long.parseLong(text(service, sql, params));
    }

    /** The first column of the first row of a query on a service's own database, as text. */
    String text(String service, String sql, Object... params) {
        TestDatabase database = databases.get(SERVICES.indexOf(service));
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }

    private void start() {
        KeycloakTokens.requireRunning();
        try {
            Files.createDirectories(logs);
            for (String service : SERVICES) {
                Files.deleteIfExists(log(service));
            }
            for (String service : SERVICES) {
                TestDatabase database = TestDatabase.create("uppdrag_system");
                databases.add(database);
                int port = Pause.freePort();
                ports.put(service, port);
                String prefix = service.toUpperCase(Locale.ROOT).replace('-', '_');
                ProcessBuilder builder = ServiceLaunch.of(ROOT, service, SHORT_RUN)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
                Map<String, String> env = builder.environment();
                env.put(prefix + "_DB_URL", database.jdbcUrl());
                env.put(prefix + "_DB_USER", TestDatabase.USER);
                env.put(prefix + "_DB_PASSWORD", TestDatabase.PASSWORD);
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
                env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
                // The prod profile, as users run it: tokens are verified against the running Keycloak's realm keys.
                env.put("UPPDRAG_OIDC_URL", KeycloakTokens.REALM);
                launchers.add(builder);
                processes.add(builder.start());
            }
            for (String service : SERVICES) {
                awaitReady(service);
            }
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("could not start the platform", e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    void awaitReady(String service) {
        awaitReady(service, processes.get(SERVICES.indexOf(service)), url(service));
    }

    private void awaitReady(String service, Process process, String url) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited at start; see " + log(service));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.sleep(250);
        }
        throw new IllegalStateException(service + " not ready within " + STARTUP + "; see " + log(service));
    }

    void stop() {
        if (portal != null) {
            portal.destroy();
        }
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        databases.forEach(TestDatabase::drop);
        databases.clear();
    }
}
