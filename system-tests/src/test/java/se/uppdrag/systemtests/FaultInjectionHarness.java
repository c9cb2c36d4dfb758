package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded faults while orders flow: kill -9 of each service in turn and then of random ones, graceful stops of random
 * ones (as a deploy stops them), kill -9 of the Kafka broker (restarted on its data), an immediate stop of PostgreSQL
 * (started again). After the platform heals and its consumers catch up, the invariants users rely on are checked
 * (see {@link OrderFlow}), and that there are no dead letters and no personal identity number in any log or on any
 * topic.
 *
 * <p>Runs on demand, not in the build: {@code ./mvnw -Pfaults verify -pl system-tests -am} with
 * {@code -Dfaults.seed=}, {@code -Dfaults.count=} (50), {@code -Dfaults.minutes=} (a bound on the injection phase, 30)
 * and {@code -Dfaults.rate=} (orders per second, 3). It stops and starts the machine's PostgreSQL cluster (with
 * {@code pg_ctlcluster}, as root or through sudo), so run it where nothing else needs that server meanwhile.
 * Everything else it starts is its own, on loopback: a Kafka broker in a JVM of its own and the four services.
 */
class FaultInjectionHarness {

    private static final long SEED = Long.getLong("faults.seed", 20261123L);
    private static final int FAULTS = Integer.getInteger("faults.count", 50);
    private static final Duration BOUND = Duration.ofMinutes(Integer.getInteger("faults.minutes", 30));
    private static final double RATE = Double.parseDouble(System.getProperty("faults.rate", "3"));

    enum Fault {
        KILL_SERVICE,
        STOP_SERVICE,
        KILL_KAFKA,
        STOP_POSTGRESQL
    }

    private final Random random = new Random(SEED);
    private final Map<Fault, Integer> injected = new LinkedHashMap<>();

    private RunningPlatform platform;
    private ExternalKafka kafka;

    @Test
    void the_platform_keeps_its_promises_through_seeded_faults() throws Exception {
        Path home = Path.of("target", "faults");
        OrderFlow.deleteRecursively(home);
        kafka = ExternalKafka.start(home.resolve("kafka"));
        platform = RunningPlatform.startOn(kafka.bootstrapServers(), home);
        Scenario.use(platform);
        OrderFlow flow = new OrderFlow(platform, SEED, RATE);
        flow.start();
        System.out.printf("[faults] seed %d, %d faults within %s, %.1f orders/s%n", SEED, FAULTS, BOUND, RATE);

        Instant deadline = Instant.now().plus(BOUND);
        int count = 0;
        for (; count < FAULTS && Instant.now().isBefore(deadline); count++) {
            inject(count);
            Pause.sleep(3_000 + random.nextInt(5_000));
        }
        flow.stop();

        Instant settled = Instant.now();
        List<String> broken = flow.awaitInvariants();
        Duration catchUp = Duration.between(settled, Instant.now());
        List<Map<String, Object>> deadLetters = flow.deadLetters();
        List<String> personalData = PersonalData.findings(flow.pinsSent(), home, kafka.bootstrapServers());
        System.out.printf(
                """
                [faults] ==== seed %d ====
                [faults] faults injected: %d %s
                %s[faults] caught up %d s after the last fault; invariants checked in the last pass: %d; broken: %d
                [faults] dead letters: %d; personal identity numbers sent: %d, found in logs or topics: %d
                """,
                SEED,
                count,
                injected,
                flow.summary("faults"),
                catchUp.toSeconds(),
                flow.invariantsChecked(),
                broken.size(),
                deadLetters.size(),
                flow.pinsSent().size(),
                personalData.size());
        personalData.stream().limit(10).forEach(p -> System.out.println("[faults] PERSONAL DATA " + p));
        flow.ordersLost().stream().limit(10).forEach(o -> System.out.println("[faults] NO ANSWER " + o));
        broken.stream().limit(30).forEach(b -> System.out.println("[faults] BROKEN " + b));
        assertThat(count).as("faults injected").isGreaterThanOrEqualTo(Math.min(FAULTS, 1));
        assertThat(broken).as("invariants broken").isEmpty();
        assertThat(flow.ordersLost()).as("orders without a definite answer").isEmpty();
        assertThat(deadLetters).as("dead letters after faults alone").isEmpty();
        assertThat(personalData)
                .as("personal identity numbers in logs or on topics")
                .isEmpty();
        platform.stop();
        kafka.kill();
    }

    // --- the faults --------------------------------------------------------------------------------------------

    private void inject(int index) {
        Fault fault;
        String service = null;
        if (index < RunningPlatform.SERVICES.size()) {
            fault = Fault.KILL_SERVICE;
            service = RunningPlatform.SERVICES.get(index);
        } else {
            int roll = random.nextInt(100);
            fault = roll < 35
                    ? Fault.KILL_SERVICE
                    : roll < 50 ? Fault.STOP_SERVICE : roll < 75 ? Fault.KILL_KAFKA : Fault.STOP_POSTGRESQL;
            service = RunningPlatform.SERVICES.get(random.nextInt(RunningPlatform.SERVICES.size()));
        }
        int downFor = 500 + random.nextInt(4_000);
        Instant started = Instant.now();
        switch (fault) {
            case KILL_SERVICE -> {
                platform.kill(service);
                Pause.sleep(downFor);
                platform.restart(service);
            }
            case STOP_SERVICE -> {
                // As on every deploy: what it has in hand when told to stop must not be lost or dead-lettered.
                platform.stop(service);
                Pause.sleep(downFor);
                platform.restart(service);
            }
            case KILL_KAFKA -> {
                kafka.kill();
                Pause.sleep(downFor);
                kafka.restart();
            }
            case STOP_POSTGRESQL -> {
                PostgresCluster.stopImmediately();
                Pause.sleep(downFor);
                PostgresCluster.start();
            }
        }
        platform.awaitAllReady();
        injected.merge(fault, 1, Integer::sum);
        System.out.printf(
                "[faults] #%d %s%s: down %d ms, all ready after %d ms%n",
                index + 1,
                fault,
                fault == Fault.KILL_SERVICE || fault == Fault.STOP_SERVICE ? " " + service : "",
                downFor,
                Duration.between(started, Instant.now()).toMillis());
    }
}
