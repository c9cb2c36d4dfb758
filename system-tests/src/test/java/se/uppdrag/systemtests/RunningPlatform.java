package se.uppdrag.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
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
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import se.uppdrag.peppolreceiver.LocalAccessPoint;
import se.uppdrag.peppolreceiver.TestPki;
import se.uppdrag.testsupport.ServiceLaunch;
import se.uppdrag.testsupport.TestDatabase;
import se.uppdrag.testsupport.TestKafka;
import se.uppdrag.testsupport.TestMail;

/**
 * The four services as users run them: their built jars ({@code services/<name>/target/quarkus-app}, made by the
 * package phase before this module's tests), each in its own JVM with a database of its own on the machine's
 * PostgreSQL, all on one real Kafka broker, trusting the running Keycloak's realm. Started once per test run; stopped
 * with it. A service may run as several instances (replicas) over its one database, each on a port of its own;
 * {@link #url} then hands out the live ones in turn, as a load balancer would.
 * Logs go to {@code system-tests/target/platform/<service>.log} (the fault harness's to {@code target/faults}); a
 * further instance's to {@code <service>-<n>.log}.
 */
final class RunningPlatform {

    static final List<String> SERVICES = List.of("catalogue", "partner-agreement", "enrolment", "invoicing");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Beside the JVM options users run with: tests run minutes, not days, and C1 alone compiles all they need. */
    private static final String SHORT_RUN = "-XX:TieredStopAtLevel=1";

    private static RunningPlatform started;
    private static final String PEPPOL_PASSWORD = "system-tests";
    private static TestPki peppolPki;
    private static LocalAccessPoint peppolReceiver;

    /** One instance of a service: its port, how it was launched and the process running it (null once stopped). */
    static final class Replica {
        final String service;
        final int number;
        final int port;
        final ProcessBuilder launcher;
        volatile Process process;

        Replica(String service, int number, int port, ProcessBuilder launcher) {
            this.service = service;
            this.number = number;
            this.port = port;
            this.launcher = launcher;
        }

        String url() {
            return "http://localhost:" + port;
        }

        boolean alive() {
            Process p = process;
            return p != null && p.isAlive();
        }

        @Override
        public String toString() {
            return service + "#" + number + " (port " + port + ")";
        }
    }

    private final String kafka;
    private final Path logs;
    private final int replicasAtStart;
    private final List<String> jvmOptions;
    private final Map<String, List<Replica>> replicas = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> turns = new LinkedHashMap<>();
    private final List<TestDatabase> databases = new ArrayList<>();
    private Process portal;
    private int portalPort;

    private RunningPlatform(String kafka, Path logs, int replicasAtStart, List<String> jvmOptions) {
        this.kafka = kafka;
        this.logs = logs;
        this.replicasAtStart = replicasAtStart;
        this.jvmOptions = jvmOptions;
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
        return startOn(kafkaBootstrapServers, logs, 1, List.of());
    }

    /** The same with {@code replicas} instances of every service, each launched with these extra JVM options. */
    static RunningPlatform startOn(String kafkaBootstrapServers, Path logs, int replicas, List<String> jvmOptions) {
        RunningPlatform platform = new RunningPlatform(kafkaBootstrapServers, logs, replicas, jvmOptions);
        platform.start();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "platform-stop"));
        return platform;
    }

    /** kill -9 of the service's first instance: it gets no chance to finish what it was doing. */
    void kill(String service) {
        kill(replicas.get(service).get(0));
    }

    /** kill -9 of one instance. */
    void kill(Replica replica) {
        replica.process.destroyForcibly();
        awaitExit(replica.process);
    }

    /** Stops the service's first instance as an orchestrator does (SIGTERM, then waits for it to finish). */
    void stop(String service) {
        stop(replicas.get(service).get(0));
    }

    /** Stops one instance as an orchestrator does (SIGTERM, then waits for it to finish what it was doing). */
    void stop(Replica replica) {
        replica.process.destroy();
        if (!awaitExit(replica.process)) {
            replica.process.destroyForcibly();
        }
    }

    private static boolean awaitExit(Process process) {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the service's first instance again, as it was launched before, and waits until it is ready. */
    void restart(String service) {
        restart(replicas.get(service).get(0));
    }

    /** Starts an instance again (same port, database and broker) and waits until it is ready. */
    void restart(Replica replica) {
        try {
            replica.process = replica.launcher.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not restart " + replica, e);
        }
        awaitReady(replica);
    }

    /** Starts one more instance of the service on a port of its own and waits until it is ready. */
    Replica addReplica(String service) {
        Replica replica = launch(service, databases.get(SERVICES.indexOf(service)));
        awaitReady(replica);
        return replica;
    }

    /** Every instance of the service started so far, live or not, in the order started. */
    List<Replica> replicas(String service) {
        return List.copyOf(replicas.get(service));
    }

    /** Waits until every live instance of every service answers ready (after a broker or database outage, say). */
    void awaitAllReady() {
        replicas.values().forEach(list -> list.stream().filter(Replica::alive).forEach(this::awaitReady));
    }

    /** Where a service's first instance's output goes; kept across its restarts. */
    Path log(String service) {
        return logs.resolve(service + ".log");
    }

    private Path log(Replica replica) {
        return replica.number == 0
                ? log(replica.service)
                : logs.resolve(replica.service + "-" + replica.number + ".log");
    }

    /** http://localhost:port of a live instance of the service, each in turn. */
    String url(String service) {
        List<Replica> all = replicas.get(service);
        int turn = turns.get(service).getAndIncrement();
        for (int i = 0; i < all.size(); i++) {
            Replica replica = all.get(Math.floorMod(turn + i, all.size()));
            if (replica.alive()) {
                return replica.url();
            }
        }
        return all.get(0).url();
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
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(log("portal").toFile()));
                Map<String, String> env = builder.environment();
                for (String service : SERVICES) {
                    env.put("UPPDRAG_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", url(service));
                }
                env.put("UPPDRAG_OIDC_URL", KeycloakTokens.REALM);
                env.put("QUARKUS_HTTP_PORT", Integer.toString(portalPort));
                traced(env);
                portal = builder.start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the portal", e);
            }
            awaitReady("portal", portal, "http://localhost:" + portalPort, log("portal"));
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
                replicas.put(service, new CopyOnWriteArrayList<>());
                turns.put(service, new AtomicInteger());
                for (int i = 0; i < replicasAtStart; i++) {
                    launch(service, database);
                }
            }
            awaitAllReady();
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("could not start the platform", e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private Replica launch(String service, TestDatabase database) {
        List<Replica> all = replicas.get(service);
        Replica replica;
        try {
            int port = Pause.freePort();
            String prefix = service.toUpperCase(Locale.ROOT).replace('-', '_');
            List<String> options = new ArrayList<>(List.of(SHORT_RUN));
            options.addAll(jvmOptions);
            ProcessBuilder builder = ServiceLaunch.of(ROOT, service, options.toArray(String[]::new));
            replica = new Replica(service, all.size(), port, builder);
            Files.deleteIfExists(log(replica));
            builder.redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(log(replica).toFile()));
            Map<String, String> env = builder.environment();
            env.put(prefix + "_DB_URL", database.jdbcUrl());
            env.put(prefix + "_DB_USER", TestDatabase.USER);
            env.put(prefix + "_DB_PASSWORD", TestDatabase.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
            env.put("UPPDRAG_CONSUMER_SESSION_TIMEOUT_MS", "1500"); // as deploy/local/up; ExternalKafka allows it
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            // The prod profile, as users run it: tokens are verified against the running Keycloak's realm keys.
            env.put("UPPDRAG_OIDC_URL", KeycloakTokens.REALM);
            // Mails to participants go to the SMTP server in this JVM, where the tests read them back.
            env.put("UPPDRAG_SMTP_HOST", "127.0.0.1");
            env.put("UPPDRAG_SMTP_PORT", Integer.toString(TestMail.smtpPort()));
            env.put("UPPDRAG_MAIL_FIRST_WAIT", "PT1S"); // a failed mail is retried in moments, not half a minute
            env.put("UPPDRAG_MAIL_POLL_INTERVAL", "1s");
            env.put("UPPDRAG_ENROLMENT_EVALUATIONS_INTERVAL", "2s"); // an occasion ended is evaluated in moments
            traced(env);
            if (service.equals("invoicing")) {
                peppol(env);
            }
            replica.process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service, e);
        }
        all.add(replica);
        return replica;
    }

    /**
     * The buyers' Peppol access point (phase4's receiving side, in this JVM, one for every platform it starts), to
     * which invoicing delivers every e-invoice as it would to a buyer's in the Peppol network.
     */
    static synchronized LocalAccessPoint peppolReceiver() {
        if (peppolReceiver == null) {
            Path directory = ROOT.resolve("system-tests/target/peppol");
            try {
                peppolPki = TestPki.ensure(directory.resolve("pki"), PEPPOL_PASSWORD.toCharArray());
                peppolReceiver = LocalAccessPoint.start(
                        0,
                        peppolPki,
                        directory.resolve("received-" + ProcessHandle.current().pid()));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("could not start the local Peppol access point", e);
            }
        }
        return peppolReceiver;
    }

    private static void peppol(Map<String, String> env) {
        LocalAccessPoint receiver = peppolReceiver();
        env.put("UPPDRAG_INVOICING_PEPPOL_ENABLED", "true");
        env.put("UPPDRAG_INVOICING_PEPPOL_KEYSTORE", peppolPki.senderKeyStore().toString());
        env.put("UPPDRAG_INVOICING_PEPPOL_KEYSTORE_PASSWORD", PEPPOL_PASSWORD);
        env.put("UPPDRAG_INVOICING_PEPPOL_TRUSTSTORE", peppolPki.trustStore().toString());
        env.put("UPPDRAG_INVOICING_PEPPOL_TRUSTSTORE_PASSWORD", PEPPOL_PASSWORD);
        env.put("UPPDRAG_INVOICING_PEPPOL_SENDER_PARTY_ID", "PSE000001");
        env.put("UPPDRAG_INVOICING_PEPPOL_ENDPOINT_URL", receiver.endpointUrl());
        env.put(
                "UPPDRAG_INVOICING_PEPPOL_ENDPOINT_CERTIFICATE",
                peppolPki.receiverCertificatePem().toString());
    }

    /** Traced, as an installation with a collector is: spans exported, trace context carried through Kafka. */
    private static void traced(Map<String, String> env) {
        env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", TraceCollector.get().endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    }

    void awaitReady(String service) {
        replicas.get(service).stream().filter(r -> r.process != null).forEach(this::awaitReady);
    }

    private void awaitReady(Replica replica) {
        awaitReady(replica.toString(), replica.process, replica.url(), log(replica));
    }

    private void awaitReady(String service, Process process, String url, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited at start; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
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
        throw new IllegalStateException(service + " not ready within " + STARTUP + "; see " + log);
    }

    void stop() {
        if (portal != null) {
            portal.destroy();
        }
        List<Process> processes = replicas.values().stream()
                .flatMap(List::stream)
                .map(r -> r.process)
                .filter(Objects::nonNull)
                .toList();
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
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
