package se.uppdrag.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.ServiceLaunch;

/**
 * An open-model load driver against the platform as deploy/local/up runs it: orders arrive at a fixed rate (sent
 * asynchronously, so a slow answer never slows the arrivals), spread round-robin over several occasions, each under an
 * agreement of its own that confirms automatically and invoices on confirmation. For each accepted order it measures
 * the time until its InvoiceIssued is on the invoicing.invoices topic, and the CPU time each process spent per seat
 * invoiced; it runs pgbench (8 clients, single-row inserts) in the same run so seats per second read as a ratio of
 * what this PostgreSQL can do at all.
 *
 * <p>Settings (system properties): benchmark.rates (orders/s, default "5,10,20"), benchmark.seats ("1,25"),
 * benchmark.seconds per step (30), benchmark.warmup seconds of load before the measured steps (60),
 * benchmark.occasions the orders are spread over (8; 1 is the worst case, every order on one hot occasion and
 * agreement), benchmark.replicas instances of each service (1: deploy/local/up's own; more are started beside them
 * on free ports over the same databases and broker, orders handed to enrolment's instances in turn, and stopped at
 * the end; CPU is summed over a service's instances).
 */
class OrderToInvoiceBenchmark {

    private static final String KUSTLAND = "2021001231";
    private static final String VERKSTAD = "5566778808";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The catalogue's largest occasion; a step that orders more says so rather than measure a waiting list. */
    private static final int MAX_SEATS = 10_000;

    private static final List<String> PROCESSES =
            List.of("catalogue", "partner-agreement", "enrolment", "invoicing", "kafka");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int spread = Integer.getInteger("benchmark.occasions", 8);
    /** The instances started beside deploy/local/up's, by service. */
    private final Map<String, List<Process>> extraInstances = new ConcurrentHashMap<>();
    /** Where orders go, in turn: deploy/local's enrolment and any extra instance of it. */
    private final List<String> orderUrls = new ArrayList<>(List.of("http://localhost:8083/orders"));

    @Test
    void seats_per_second_and_latency_from_order_accepted_to_invoice_issued() throws Exception {
        try {
            startExtraInstances(Integer.getInteger("benchmark.replicas", 1) - 1);
            measure();
        } finally {
            for (Process instance :
                    extraInstances.values().stream().flatMap(List::stream).toList()) {
                instance.destroy();
                instance.waitFor();
            }
        }
    }

    private void startExtraInstances(int count) throws Exception {
        if (count <= 0) {
            return;
        }
        for (String service : PROCESSES.subList(0, 4)) {
            for (int i = 0; i < count; i++) {
                int port = StartupBenchmark.freePort();
                Process process = ServiceLaunch.of(StartupBenchmark.ROOT, service, "-Dquarkus.http.port=" + port)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                extraInstances.computeIfAbsent(service, s -> new ArrayList<>()).add(process);
                StartupBenchmark.awaitReady(http, port, process);
                if (service.equals("enrolment")) {
                    orderUrls.add("http://localhost:" + port + "/orders");
                }
            }
        }
        System.out.printf(
                "BENCHMARK %d instances of each service (%d started beside deploy/local's)%n", count + 1, count);
    }

    private void measure() throws Exception {
        Map<String, Long> idle = residentMemory();
        Map<String, Long> peak = new ConcurrentHashMap<>(idle);
        ScheduledExecutorService memory = Executors.newSingleThreadScheduledExecutor();
        memory.scheduleAtFixedRate(
                () -> residentMemory().forEach((process, kib) -> peak.merge(process, kib, Math::max)),
                1,
                1,
                TimeUnit.SECONDS);
        double pgbench = pgbenchInsertsPerSecond();
        System.out.printf("BENCHMARK pgbench single-row insert, 8 clients: %.0f tps%n", pgbench);
        String university = token("uni.admin");
        String employer = token("hr.admin");
        registerParties(token("ops"));
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        // The JIT compiles for the first minute or two of load (C2 was 40-50 % of each service's CPU in a cold run):
        // warm every path first, and measure only what follows.
        int warmup = Integer.getInteger("benchmark.warmup", 60);
        if (warmup > 0) {
            for (int seats : new int[] {1, 25}) {
                List<Target> targets = setUp(
                        university, employer, (int) Math.ceil((seats == 1 ? 20 : 2) * warmup / 2.0 * seats) + seats);
                System.out.print("BENCHMARK warm-up, not counted: ");
                run(employer, targets, seats, seats == 1 ? 20 : 2, warmup / 2, pgbench);
            }
        }
        for (String seatsText : System.getProperty("benchmark.seats", "1,25").split(",")) {
            int seats = Integer.parseInt(seatsText.trim());
            for (String rateText :
                    System.getProperty("benchmark.rates", "5,10,20").split(",")) {
                double rate = Double.parseDouble(rateText.trim()) / (seats == 1 ? 1 : 5);
                int needed = (int) Math.ceil(rate * seconds * seats) + seats;
                if (needed > MAX_SEATS * spread) {
                    System.out.printf(
                            "BENCHMARK %d-seat orders at %.1f/s skipped: %d seats, more than %d occasions "
                                    + "hold (-Dbenchmark.occasions)%n",
                            seats, rate, needed, spread);
                    continue;
                }
                run(employer, setUp(university, employer, needed), seats, rate, seconds, pgbench);
            }
        }
        memory.shutdownNow();
        idle.forEach((process, kib) -> System.out.printf(
                "BENCHMARK %s resident memory: %d MB idle, %d MB at most under load%n",
                process, kib / 1024, peak.get(process) / 1024));
    }

    /** An occasion and the agreement orders on it are placed under. */
    private record Target(String agreement, String occasion) {}

    private void run(String employer, List<Target> targets, int seats, double rate, int seconds, double pgbench)
            throws Exception {
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        // An invoice can be on the topic before its order's 201 has been read here: keep both, match at the end.
        Map<String, Long> invoicedAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        try (KafkaConsumer<String, String> invoices = consumer()) {
            invoices.subscribe(List.of("invoicing.invoices"));
            invoices.poll(Duration.ofSeconds(2)); // joined, positioned at the end
            ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
            int total = (int) (rate * seconds);
            AtomicInteger sent = new AtomicInteger();
            Map<String, Long> cpuBefore = cpuMillis();
            long start = System.nanoTime();
            arrivals.scheduleAtFixedRate(
                    () -> {
                        int n = sent.incrementAndGet();
                        if (n > total) {
                            return;
                        }
                        Target target = targets.get(n % targets.size());
                        http.sendAsync(
                                        post(orderUrls.get(n % orderUrls.size()), employer, order(target, seats)),
                                        HttpResponse.BodyHandlers.ofString())
                                .thenAccept(r -> {
                                    if (r.statusCode() == 201) {
                                        acceptedAt.put(read(r.body()).get("id").asText(), System.nanoTime());
                                    } else {
                                        refused.incrementAndGet();
                                    }
                                });
                    },
                    0,
                    (long) (1_000_000_000L / rate),
                    TimeUnit.NANOSECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 120L);
            long lastInvoice = start;
            int invoiceEvents = 0;
            while (System.nanoTime() < deadline
                    && (sent.get() <= total
                            || acceptedAt.keySet().stream()
                                                    .filter(invoicedAt::containsKey)
                                                    .count()
                                            + refused.get()
                                    < total)) {
                for (var record : invoices.poll(Duration.ofMillis(100))) {
                    JsonNode event = read(record.value());
                    if (!"InvoiceIssued".equals(event.path("type").asText())) {
                        continue;
                    }
                    long now = System.nanoTime();
                    invoiceEvents++;
                    if (invoicedAt.putIfAbsent(event.at("/payload/orderId").asText(), now) == null) {
                        lastInvoice = now;
                    }
                }
            }
            arrivals.shutdownNow();
            Map<String, Long> cpuAfter = cpuMillis();
            acceptedAt.forEach((order, accepted) -> {
                Long invoicedOn = invoicedAt.get(order);
                if (invoicedOn != null) {
                    latencies.add(invoicedOn - accepted);
                }
            });
            int invoiced = latencies.size();
            double elapsed = (lastInvoice - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double seatsPerSecond = invoiced * seats / elapsed;
            System.out.printf(
                    "BENCHMARK %d-seat orders at %.1f/s for %d s over %d occasions: %d accepted, %d refused, "
                            + "%d invoiced; %.1f seats/s invoiced (%.1f %% of pgbench); order accepted -> InvoiceIssued p50 %d ms, "
                            + "p95 %d ms, p99 %d ms, max %d ms; %d extra invoices (an order split over several)%n",
                    seats,
                    rate,
                    seconds,
                    targets.size(),
                    acceptedAt.size(),
                    refused.get(),
                    invoiced,
                    seatsPerSecond,
                    100 * seatsPerSecond / pgbench,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    percentile(sorted, 100),
                    invoiceEvents - invoicedAt.size());
            StringBuilder cpu = new StringBuilder();
            long cpuTotal = 0;
            for (var process : cpuAfter.entrySet()) {
                long used = process.getValue() - cpuBefore.getOrDefault(process.getKey(), 0L);
                cpuTotal += used;
                cpu.append(String.format(
                        Locale.ROOT, "%s %.2f, ", process.getKey(), (double) used / Math.max(1, invoiced * seats)));
            }
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK   CPU ms per seat invoiced: %stotal %.2f%n",
                    cpu,
                    (double) cpuTotal / Math.max(1, invoiced * seats));
        }
    }

    /** The university and employer of the demo realm, unless a demo data set registered them already. */
    private void registerParties(String operator) throws Exception {
        Map<String, Object> address =
                Map.of("street", "Strandvägen 1", "postalCode", "85170", "city", "Kustby", "country", "SE");
        for (Map<String, Object> organisation : List.of(
                Map.<String, Object>of(
                        "orgNumber",
                        KUSTLAND,
                        "name",
                        "Kustlands högskola",
                        "kind",
                        "UNIVERSITY",
                        "address",
                        address,
                        "peppolEndpoint",
                        "0007:" + KUSTLAND,
                        "bankgiro",
                        "5050-1055"),
                Map.<String, Object>of(
                        "orgNumber",
                        VERKSTAD,
                        "name",
                        "Verkstadsbolaget Nord AB",
                        "kind",
                        "EMPLOYER",
                        "buyerType",
                        "PRIVATE",
                        "address",
                        address,
                        "peppolEndpoint",
                        "0007:" + VERKSTAD))) {
            int status = http.send(
                            post("http://localhost:8082/organisations", operator, organisation),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("registering " + organisation.get("name") + " answered " + status);
            }
        }
    }

    /**
     * CPU time (user + system, ms) so far of the processes deploy/local/up started, of PostgreSQL (every server
     * process, and the backends that have exited, through the postmaster's count of its children) and of this driver.
     */
    private Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String process : PROCESSES) {
            try {
                long pid = Long.parseLong(Files.readString(Path.of("..", "deploy", "local", ".run", process + ".pid"))
                        .trim());
                long millis = ticks(pid, false) * 10;
                for (Process extra : extraInstances.getOrDefault(process, List.of())) {
                    millis += ticks(extra.pid(), false) * 10;
                }
                cpu.put(process, millis);
            } catch (IOException | NumberFormatException e) {
                // not started by deploy/local/up: nothing to report for it
            }
        }
        long postgres = 0;
        try (var all = Files.list(Path.of("/proc"))) {
            for (Path dir : all.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    if (Files.readString(dir.resolve("comm")).trim().equals("postgres")) {
                        postgres += ticks(Long.parseLong(dir.getFileName().toString()), true) * 10;
                    }
                } catch (IOException | RuntimeException e) {
                    // exited meanwhile
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        cpu.put("postgresql", postgres);
        cpu.put(
                "driver",
                ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(Duration::toMillis)
                        .orElse(0L));
        return cpu;
    }

    /** utime + stime (and with children, cutime + cstime) of /proc/PID/stat, in clock ticks (10 ms each on Linux). */
    private static long ticks(long pid, boolean withChildren) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is the state (field 3 of stat(5)): utime is field 14, so index 11 here
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    }

    /** Resident memory (KiB) of the processes deploy/local/up started, by name. */
    private Map<String, Long> residentMemory() {
        Map<String, Long> resident = new TreeMap<>();
        for (String process : PROCESSES) {
            Path pidFile = Path.of("..", "deploy", "local", ".run", process + ".pid");
            try {
                resident.put(
                        process,
                        StartupBenchmark.residentKiB(
                                Long.parseLong(Files.readString(pidFile).trim())));
                List<Process> extras = extraInstances.getOrDefault(process, List.of());
                for (int i = 0; i < extras.size(); i++) {
                    resident.put(
                            process + "#" + (i + 2),
                            StartupBenchmark.residentKiB(extras.get(i).pid()));
                }
            } catch (IOException | NumberFormatException e) {
                // not started by deploy/local/up, or ended: nothing to report for it
            }
        }
        return resident;
    }

    /**
     * A course and -Dbenchmark.occasions occasions with room for the run between them, each with an agreement of its
     * own that confirms by itself and bills on confirmation.
     */
    private List<Target> setUp(String university, String employer, int seats) throws Exception {
        String code = "BEN" + (System.nanoTime() % 100_000);
        String course = send(post(
                        "http://localhost:8081/courses",
                        university,
                        Map.of(
                                "code",
                                code,
                                "title",
                                "Benchmark course " + code,
                                "description",
                                "Load.",
                                "credits",
                                7.5,
                                "cycle",
                                "FIRST",
                                "subject",
                                "Load",
                                "language",
                                "sv",
                                "learningOutcomes",
                                List.of("Carry load"))))
                .get("id")
                .asText();
        int each = Math.min(MAX_SEATS, (int) Math.ceil(seats / (double) spread) + 1); // + the probe's seat
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < spread; i++) {
            String occasion = send(post(
                            "http://localhost:8081/courses/" + course + "/occasions",
                            university,
                            Map.of(
                                    "startDate",
                                    LocalDate.now().plusDays(90).toString(),
                                    "endDate",
                                    LocalDate.now().plusDays(150).toString(),
                                    "pace",
                                    50,
                                    "deliveryMode",
                                    "ONLINE",
                                    "location",
                                    "Online",
                                    "seats",
                                    each,
                                    "orderDeadline",
                                    LocalDate.now().plusDays(60).toString(),
                                    "listPrice",
                                    Map.of("amount", "18000.00", "currency", "SEK"))))
                    .get("id")
                    .asText();
            targets.add(new Target(agreement(university, employer), occasion));
        }
        // Wait until enrolment knows each pair (an order is then accepted).
        for (Target target : targets) {
            for (int i = 0; i < 60; i++) {
                HttpResponse<String> probe = http.send(
                        post("http://localhost:8083/orders", employer, order(target, 1)),
                        HttpResponse.BodyHandlers.ofString());
                if (probe.statusCode() == 201) {
                    break;
                }
                Thread.sleep(500);
            }
        }
        return targets;
    }

    private String agreement(String university, String employer) throws Exception {
        Map<String, Object> terms = Map.of(
                "employer",
                VERKSTAD,
                "validFrom",
                LocalDate.now().toString(),
                "validTo",
                LocalDate.now().plusYears(1).toString(),
                "coverage",
                Map.of("allCourses", true, "courseIds", List.of()),
                "pricing",
                Map.of("kind", "DISCOUNT", "percent", 10),
                "seatQuota",
                100_000,
                "autoConfirm",
                true,
                "cancellation",
                Map.of("fees", List.of()),
                "invoicing",
                Map.of("paymentDays", 30, "buyerReference", "BENCH", "invoiceOn", "CONFIRMATION"));
        String agreement = null;
        for (int i = 0; i < 60 && agreement == null; i++) {
            HttpResponse<String> r = http.send(
                    post("http://localhost:8082/agreements", university, terms), HttpResponse.BodyHandlers.ofString());
            agreement = r.statusCode() == 201 ? read(r.body()).get("id").asText() : null;
            if (agreement == null) {
                Thread.sleep(500);
            }
        }
        send(post("http://localhost:8082/agreements/" + agreement + "/propose", university, null));
        send(post("http://localhost:8082/agreements/" + agreement + "/accept", employer, null));
        return agreement;
    }

    private static Map<String, Object> order(Target target, int seats) {
        List<Map<String, String>> people = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            String n = UUID.randomUUID().toString().substring(0, 8);
            people.add(Map.of(
                    "givenName", "P" + n, "familyName", "Load", "email", n + "@load.example", "employeeNumber", n));
        }
        return Map.of(
                "agreementId",
                target.agreement(),
                "occasionId",
                target.occasion(),
                "purpose",
                "STAFF_TRAINING",
                "participants",
                people);
    }

    private HttpRequest post(String url, String token, Object body) {
        try {
            return HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? JSON.createObjectNode() : read(r.body());
    }

    private String token(String user) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:8180/realms/uppdrag/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=uppdrag-cli&username=" + user + "&password=" + user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("No token from Keycloak (is deploy/local/up running?): " + r.body());
        }
        return read(r.body()).get("access_token").asText();
    }

    /** pgbench's single-row insert ceiling on this machine's PostgreSQL: 8 clients, 10 s, its own scratch table. */
    private static double pgbenchInsertsPerSecond() throws Exception {
        Path script = Files.createTempFile("insert", ".sql");
        Files.writeString(script, "insert into bench_insert (id, at) values (gen_random_uuid(), now());\n");
        String db = "uppdrag_bench";
        psql("drop database if exists " + db, "postgres");
        psql("create database " + db, "postgres");
        psql("create table bench_insert (id uuid primary key, at timestamptz not null)", db);
        ProcessBuilder pgbench = new ProcessBuilder(
                        "pgbench",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "uppdrag_test",
                        "-n",
                        "-c",
                        "8",
                        "-j",
                        "2",
                        "-T",
                        "10",
                        "-f",
                        script.toString(),
                        db)
                .redirectErrorStream(true);
        pgbench.environment().put("PGPASSWORD", "uppdrag_test");
        Process p = pgbench.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        psql("drop database if exists " + db, "postgres");
        for (String line : out.split("\n")) {
            if (line.startsWith("tps = ")) {
                return Double.parseDouble(line.substring(6).split(" ")[0]);
            }
        }
        throw new IllegalStateException("pgbench said: " + out);
    }

    private static void psql(String sql, String db) throws Exception {
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "uppdrag_test", "-d", db, "-c", sql)
                .redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", "uppdrag_test");
        Process p = psql.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(sql + ": " + out);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
