package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.Topics;
import se.uppdrag.testsupport.TestDatabase;

/**
 * Every service as several instances over its one database and the one broker, requests spread over them in turn,
 * while orders flow: one instance of each service is killed with -9 (enrolment's the one whose relay publishes,
 * the others' one that does not) and started again a little later, as an orchestrator would; then a third instance
 * of each joins and is stopped again. Afterwards the fault harness's invariants must hold and every instance that ran
 * throughout must have done work: served requests and applied events. It reports how long events waited, from the
 * state change to the topic (the relay) and from the topic to each consumer, and the longest of those waits after
 * each kill.
 *
 * <p>On demand: {@code ./mvnw -Pscaleout verify -pl system-tests -am} with {@code -Dscaleout.seed=},
 * {@code -Dscaleout.replicas=} (2) and {@code -Dscaleout.rate=} (orders per second, 3). Needs the running Keycloak
 * and the machine's PostgreSQL; the broker and the services are its own.
 */
class ScaleOutHarness {

    private static final long SEED = Long.getLong("scaleout.seed", 20261207L);
    private static final int REPLICAS = Integer.getInteger("scaleout.replicas", 2);
    private static final double RATE = Double.parseDouble(System.getProperty("scaleout.rate", "3"));
    private static final Duration BEFORE_KILLS = Duration.ofSeconds(30);
    private static final Duration DOWN = Duration.ofSeconds(15);
    private static final Duration BETWEEN = Duration.ofSeconds(15);
    /** A Prometheus sample: name, labels, value, and with tracing on perhaps an exemplar after it. */
    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? ([0-9.eE+-]+|NaN)( # .*)?$");

    /** What happened when, for the report and to find the longest wait after each. */
    record Happening(Instant at, String what) {}

    private final List<Happening> happenings = new ArrayList<>();
    /** The last scrape of each run of each instance: replica@pid → metric → value. */
    private final Map<String, Map<String, Double>> scraped = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();

    private RunningPlatform platform;
    private ExternalKafka kafka;

    @Test
    void every_service_keeps_its_promises_and_shares_the_work_as_several_instances() throws Exception {
        Path home = Path.of("target", "scaleout");
        OrderFlow.deleteRecursively(home);
        kafka = ExternalKafka.start(home.resolve("kafka"));
        // Consumers commit what they applied every 200 ms (not every 5 s), so that a restarted or rebalanced consumer
        // starts where the last one stopped rather than re-reading seconds of events its inbox then skips.
        platform = RunningPlatform.startOn(
                kafka.bootstrapServers(),
                home,
                REPLICAS,
                List.of("-Dmp.messaging.connector.smallrye-kafka.auto.commit.interval.ms=200"));
        Scenario.use(platform);
        ScheduledExecutorService scraper = Executors.newSingleThreadScheduledExecutor();
        scraper.scheduleWithFixedDelay(this::scrapeAll, 0, 2, TimeUnit.SECONDS);
        OrderFlow flow = new OrderFlow(platform, SEED, RATE);
        flow.start();
        note("orders flowing at " + RATE + "/s over " + REPLICAS + " instances of every service");
        Pause.sleep(BEFORE_KILLS.toMillis());
        Map<String, Integer> membersBefore = groupMembers();
        note("consumer group members " + membersBefore);

        for (String service : RunningPlatform.SERVICES) {
            RunningPlatform.Replica victim = victim(service, service.equals("enrolment"));
            boolean leader = leads(victim);
            scrape(victim);
            platform.kill(victim);
            note("kill -9 " + victim + (leader ? ", the relay leader" : ", not the relay leader"));
            Pause.sleep(DOWN.toMillis());
            platform.restart(victim);
            note("started " + victim + " again");
            Pause.sleep(BETWEEN.toMillis());
        }
        List<RunningPlatform.Replica> third = new ArrayList<>();
        for (String service : RunningPlatform.SERVICES) {
            third.add(platform.addReplica(service));
            note("added " + third.get(third.size() - 1));
        }
        Pause.sleep(BETWEEN.toMillis());
        for (RunningPlatform.Replica replica : third) {
            scrape(replica);
            platform.stop(replica);
            note("stopped " + replica);
        }
        Pause.sleep(BETWEEN.toMillis());
        flow.stop();
        note("orders stopped");
        scraper.shutdown();
        scraper.awaitTermination(10, TimeUnit.SECONDS);
        scrapeAll();

        List<String> broken = flow.awaitInvariants();
        List<Map<String, Object>> deadLetters = flow.deadLetters();
        Map<String, Integer> membersAfter = groupMembers();
        Waits waits = waits();
        report(flow, broken, deadLetters.size(), membersBefore, membersAfter, waits);

        assertThat(broken).as("invariants broken").isEmpty();
        assertThat(flow.ordersLost()).as("orders without a definite answer").isEmpty();
        assertThat(deadLetters).as("dead letters").isEmpty();
        for (String service : RunningPlatform.SERVICES) {
            for (RunningPlatform.Replica replica : platform.replicas(service).subList(0, REPLICAS)) {
                assertThat(counter(replica, "http_server_requests_seconds_count"))
                        .as("requests served by %s", replica)
                        .isPositive();
                // Enrolment facts are many and spread over every partition; the other topics carry a few dozen events.
                if (service.equals("catalogue") || service.equals("invoicing")) {
                    assertThat(counter(replica, "uppdrag_inbox_events_total"))
                            .as("events applied by %s", replica)
                            .isPositive();
                }
            }
        }
        // A group has a member per channel (a service may consume several topics in its group) per instance.
        membersBefore.forEach((group, members) -> assertThat(members % REPLICAS == 0 && members >= REPLICAS)
                .as("%d members of %s: every instance's consumers", members, group)
                .isTrue());
        assertThat(membersAfter).as("members once every instance is back").isEqualTo(membersBefore);
        platform.stop();
        kafka.kill();
    }

    // --- the instances -----------------------------------------------------------------------------------------

    /** The live instance whose relay leads, or one whose relay does not. */
    private RunningPlatform.Replica victim(String service, boolean leader) {
        for (RunningPlatform.Replica replica : platform.replicas(service)) {
            if (replica.alive() && leads(replica) == leader) {
                return replica;
            }
        }
        throw new AssertionError("no instance of " + service + (leader ? " leads" : " follows") + " its relay");
    }

    private boolean leads(RunningPlatform.Replica replica) {
        return metrics(replica).getOrDefault("uppdrag_outbox_relay_leader", 0.0) == 1.0;
    }

    /** The counter summed over every run of the instance (a restarted one counts from zero again). */
    private double counter(RunningPlatform.Replica replica, String name) {
        return scraped.entrySet().stream()
                .filter(e -> e.getKey().startsWith(replica + "@"))
                .mapToDouble(e -> e.getValue().getOrDefault(name, 0.0))
                .sum();
    }

    private void scrapeAll() {
        for (String service : RunningPlatform.SERVICES) {
            platform.replicas(service).stream()
                    .filter(RunningPlatform.Replica::alive)
                    .forEach(this::scrape);
        }
    }

    /** Keeps each run of an instance's latest counters: a killed one's are those of its last scrape. */
    private void scrape(RunningPlatform.Replica replica) {
        Process process = replica.process;
        Map<String, Double> now = metrics(replica);
        if (process != null && !now.isEmpty()) {
            scraped.put(replica + "@" + process.pid(), now);
        }
    }

    /** The instance's metrics summed per name (application requests only), or nothing if it does not answer. */
    private Map<String, Double> metrics(RunningPlatform.Replica replica) {
        Map<String, Double> sums = new HashMap<>();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(replica.url() + "/q/metrics"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : response.body().split("\n")) {
                Matcher m = SAMPLE.matcher(line);
                if (m.matches()
                        && !(m.group(2) != null && m.group(2).contains("uri=\"/q/"))
                        && !"NaN".equals(m.group(3))) {
                    sums.merge(m.group(1), Double.parseDouble(m.group(3)), Double::sum);
                }
            }
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sums;
    }

    private Map<String, Integer> groupMembers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<String, Integer> members = new LinkedHashMap<>();
            // Each service's consumers form one group named after it.
            Collection<ConsumerGroupDescription> groups = admin.describeConsumerGroups(RunningPlatform.SERVICES)
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .values();
            groups.forEach(g -> members.put(g.groupId(), g.members().size()));
            return members;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the consumer groups", e);
        }
    }

    private void note(String what) {
        Happening happening = new Happening(Instant.now(), what);
        synchronized (happenings) {
            happenings.add(happening);
        }
        System.out.printf("[scaleout] %s %s%n", happening.at(), what);
    }

    // --- how long events waited ----------------------------------------------------------------------------

    /** An event's way: written (occurredAt), on its topic (the record's timestamp), applied by a consumer. */
    record Wait(String stage, Instant from, Duration length) {}

    record Waits(List<Wait> relay, List<Wait> consumers) {}

    private Waits waits() {
        Map<String, Instant> published = new HashMap<>();
        List<Wait> relay = new ArrayList<>();
        for (String topic : List.of(
                Topics.CATALOGUE_OFFERINGS,
                Topics.PARTNER_AGREEMENTS,
                Topics.ENROLMENT_ENROLMENTS,
                Topics.INVOICING_INVOICES)) {
            for (ConsumerRecord<String, String> record :
                    se.uppdrag.testsupport.Topics.readAll(kafka.bootstrapServers(), topic)) {
                Instant onTopic = Instant.ofEpochMilli(record.timestamp());
                published.put(topic + "/" + record.partition() + "/" + record.offset(), onTopic);
                Instant occurred = occurredAt(record.value());
                if (occurred != null) {
                    relay.add(new Wait(topic, occurred, Duration.between(occurred, onTopic)));
                }
            }
        }
        List<Wait> consumers = new ArrayList<>();
        for (String service : RunningPlatform.SERVICES) {
            try (Connection c = DriverManager.getConnection(
                            platform.jdbcUrl(service), TestDatabase.USER, TestDatabase.PASSWORD);
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "select topic, partition_no, record_offset, consumer, applied_at" + " from inbox")) {
                while (r.next()) {
                    Instant onTopic = published.get(r.getString(1) + "/" + r.getInt(2) + "/" + r.getLong(3));
                    if (onTopic != null) {
                        Instant applied = r.getTimestamp(5).toInstant();
                        consumers.add(new Wait(r.getString(4), onTopic, Duration.between(onTopic, applied)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(service + ": cannot read its inbox", e);
            }
        }
        return new Waits(relay, consumers);
    }

    private static Instant occurredAt(String value) {
        try {
            JsonNode occurred = EventJson.mapper().readTree(value).get("occurredAt");
            return occurred == null ? null : Instant.parse(occurred.asText());
        } catch (Exception e) {
            return null;
        }
    }

    // --- the report --------------------------------------------------------------------------------------------

    private void report(
            OrderFlow flow,
            List<String> broken,
            int deadLetters,
            Map<String, Integer> membersBefore,
            Map<String, Integer> membersAfter,
            Waits waits) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("[scaleout] ==== seed %d, %d instances of every service ====%n", SEED, REPLICAS));
        out.append(flow.summary("scaleout"));
        out.append(String.format(
                "[scaleout] invariants checked: %d, broken: %d; dead letters: %d%n",
                flow.invariantsChecked(), broken.size(), deadLetters));
        out.append(String.format(
                "[scaleout] consumer group members before the kills %s, at the end %s%n", membersBefore, membersAfter));
        for (String service : RunningPlatform.SERVICES) {
            for (RunningPlatform.Replica replica : platform.replicas(service)) {
                out.append(String.format(
                        "[scaleout] %-32s requests %6.0f  events applied %6.0f  events published %6.0f%n",
                        replica,
                        counter(replica, "http_server_requests_seconds_count"),
                        counter(replica, "uppdrag_inbox_events_total"),
                        counter(replica, "uppdrag_outbox_published_total")));
            }
        }
        out.append(String.format("[scaleout] relay: %s%n", summary(waits.relay())));
        out.append(String.format("[scaleout] consumers: %s%n", summary(waits.consumers())));
        List<Happening> all;
        synchronized (happenings) {
            all = List.copyOf(happenings);
        }
        for (int i = 0; i < all.size(); i++) {
            Happening h = all.get(i);
            if (h.what().startsWith("kill")
                    || h.what().startsWith("stopped")
                    || h.what().startsWith("added")) {
                Instant until = i + 1 < all.size() ? all.get(i + 1).at() : h.at().plusSeconds(15);
                out.append(String.format(
                        "[scaleout] after %-58s longest wait: relay %5d ms, consumers %5d ms%n",
                        h.what(), longest(waits.relay(), h.at(), until), longest(waits.consumers(), h.at(), until)));
            }
        }
        broken.stream()
                .limit(30)
                .forEach(b -> out.append("[scaleout] BROKEN ").append(b).append('\n'));
        flow.ordersLost().stream()
                .limit(10)
                .forEach(o -> out.append("[scaleout] NO ANSWER ").append(o).append('\n'));
        System.out.print(out);
    }

    private static String summary(List<Wait> waits) {
        if (waits.isEmpty()) {
            return "no events";
        }
        List<Long> millis =
                waits.stream().map(w -> w.length().toMillis()).sorted().toList();
        return String.format(
                "%d events, median %d ms, p99 %d ms, longest %d ms",
                millis.size(),
                millis.get(millis.size() / 2),
                millis.get((int) Math.min(millis.size() - 1, millis.size() * 0.99)),
                millis.get(millis.size() - 1));
    }

    /** The longest wait of an event that reached its stage's start between {@code from} and {@code until}. */
    private static long longest(List<Wait> waits, Instant from, Instant until) {
        return waits.stream()
                .filter(w ->
                        !w.from().isBefore(from.minusSeconds(1)) && w.from().isBefore(until))
                .mapToLong(w -> w.length().toMillis())
                .max()
                .orElse(0);
    }
}
