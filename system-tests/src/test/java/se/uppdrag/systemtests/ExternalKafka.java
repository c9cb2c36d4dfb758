package se.uppdrag.systemtests;

import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import se.uppdrag.contracts.Topics;

/**
 * A single-node KRaft broker in a JVM of its own, from the Kafka jars already on the test class path, so it can be
 * killed with -9 and started again on the same data, as a machine's broker would be.
 */
final class ExternalKafka {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    private ExternalKafka(Path home) throws IOException {
        this.home = home;
        this.port = Pause.freePort();
        this.controllerPort = Pause.freePort();
    }

    static ExternalKafka start(Path home) {
        try {
            ExternalKafka kafka = new ExternalKafka(home);
            kafka.format();
            kafka.launch();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::kill, "external-kafka-stop"));
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("could not start Kafka in " + home, e);
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** kill -9. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the broker again on the data it had, and waits until it listens. */
    void restart() {
        try {
            launch();
        } catch (IOException e) {
            throw new IllegalStateException("could not restart Kafka", e);
        }
    }

    private void format() throws IOException {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(
                home.resolve("server.properties"),
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@localhost:" + controllerPort,
                        "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://localhost:" + port,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=PLAINTEXT",
                        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                        "log.dirs=" + home.resolve("data").toAbsolutePath(),
                        "num.partitions=" + Topics.PARTITIONS,
                        "auto.create.topics.enable=true",
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=3",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        "group.min.session.timeout.ms=1000",
                        ""));
        Process formatting = java(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        clusterId(),
                        "-c",
                        home.resolve("server.properties").toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("format.log").toFile())
                .start();
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka's storage failed; see " + home.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch() throws IOException {
        process = java("kafka.Kafka", home.resolve("server.properties").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("kafka.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited; see " + home.resolve("kafka.log"));
            }
            try (Socket socket = new Socket("localhost", port)) {
                return;
            } catch (IOException e) {
                Pause.sleep(200);
            }
        }
        throw new IllegalStateException("Kafka did not listen within 60 s; see " + home.resolve("kafka.log"));
    }

    private ProcessBuilder java(String main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dkafka.logs.dir=" + home.toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String clusterId() {
        // 16 random bytes, base64url without padding: the form Kafka's random-uuid prints. Like Kafka's, never one
        // starting with '-', which the storage tool would read as an option (one run in 64 failed on it).
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
