package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.TestDatabase;

/**
 * The load the on-demand harnesses put on a running platform while they break it, and the invariants users rely on,
 * checked afterwards: orders at a steady rate over a dozen occasions (with personal identity numbers, on agreements
 * that confirm by themselves), each retried with its Idempotency-Key until it has a definite answer, and bank files
 * paying what is invoiced. Then: every accepted order's participants enrolled once, every billable enrolment on
 * exactly one invoice line, no invoice number missing or repeated, every payment applied once, seats and quotas never
 * exceeded and equal in enrolment and catalogue, and every outbox empty.
 */
final class OrderFlow {

    static final Duration HEALING = Duration.ofMinutes(5);
    private static final int OCCASIONS = 12;
    private static final int SEATS = 200;
    /** Verkstad's quota per occasion binds before the seats do; the agency's does not, so its orders meet a full occasion. */
    private static final int VERKSTAD_QUOTA = 60;

    private static final int AGENCY_QUOTA = 400;

    record Target(String occasion, String employer, String agreement) {}

    record PlacedOrder(String id, String employer, String occasion, int participants, List<String> pins) {}

    private final RunningPlatform platform;
    private final long seed;
    private final double rate;
    private final Map<String, PlacedOrder> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> serverErrors = new ConcurrentHashMap<>();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final AtomicInteger ordersSent = new AtomicInteger();
    private final List<String> ordersLost = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pinsSent = Collections.synchronizedList(new ArrayList<>());
    /** Bank reference → (invoice id, amount) of every payment the bank files carried. */
    private final Map<String, Map.Entry<String, String>> payments = new ConcurrentHashMap<>();

    private final Set<String> paidInvoices = ConcurrentHashMap.newKeySet();
    private volatile boolean flowing = true;
    private ScheduledExecutorService pacer;
    private ExecutorService orderers;
    private ScheduledExecutorService payer;
    private int invariantsChecked;

    OrderFlow(RunningPlatform platform, long seed, double rate) {
        this.platform = platform;
        this.seed = seed;
        this.rate = rate;
    }

    /** Publishes the occasions and signs the agreements, then places orders at the rate and pays every 15 s. */
    void start() {
        List<Target> targets = setUp();
        pacer = Executors.newSingleThreadScheduledExecutor();
        orderers = Executors.newFixedThreadPool(16);
        AtomicInteger sequence = new AtomicInteger();
        Random orderRandom = new Random(seed + 1);
        pacer.scheduleAtFixedRate(
                () -> {
                    if (flowing) {
                        int n = sequence.incrementAndGet();
                        Target target = targets.get(orderRandom.nextInt(targets.size()));
                        int size = 1 + orderRandom.nextInt(3);
                        ordersSent.incrementAndGet();
                        orderers.submit(() -> {
                            try {
                                placeOrder(n, target, size);
                            } catch (Exception e) {
                                ordersLost.add("order " + n + ": " + e);
                            }
                        });
                    }
                },
                0,
                Math.round(1000 / rate),
                TimeUnit.MILLISECONDS);
        payer = Executors.newSingleThreadScheduledExecutor();
        payer.scheduleWithFixedDelay(this::payWhatIsInvoiced, 15, 15, TimeUnit.SECONDS);
    }

    /** Stops placing orders, waits until every order placed has its answer, and pays what is left to pay. */
    void stop() throws InterruptedException {
        flowing = false;
        pacer.shutdown();
        orderers.shutdown();
        if (!orderers.awaitTermination(HEALING.toMinutes() + 1, TimeUnit.MINUTES)) {
            throw new AssertionError("orders without an answer after " + HEALING);
        }
        payer.shutdown();
        payer.awaitTermination(2, TimeUnit.MINUTES);
        payWhatIsInvoiced();
    }

    List<String> ordersLost() {
        return ordersLost;
    }

    List<String> pinsSent() {
        return pinsSent;
    }

    int invariantsChecked() {
        return invariantsChecked;
    }

    /** What happened to the orders and payments, as lines for a harness's report. */
    String summary(String tag) {
        long seats =
                accepted.values().stream().mapToLong(PlacedOrder::participants).sum();
        long invoices = platform.count("invoicing", "select count(*) from invoice where kind = 'INVOICE'");
        return String.format(
                """
                [%s] orders sent: %d, accepted: %d (%d participants), refused: %s, without an answer: %d; answers 5xx while faulted: %s; unreachable: %d
                [%s] invoices: %d; payments sent: %d
                """,
                tag,
                ordersSent.get(),
                accepted.size(),
                seats,
                refusals.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().get())),
                ordersLost.size(),
                serverErrors.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().get())),
                unreachable.get(),
                tag,
                invoices,
                payments.size());
    }

    // --- the platform's set-up ---------------------------------------------------------------------------------

    private List<Target> setUp() {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < OCCASIONS; i++) {
            String occasion = Scenario.publishedOccasion(
                    Scenario.KUSTLAND,
                    "FLT" + i + Scenario.suffix(),
                    LocalDate.now().plusDays(40),
                    SEATS);
            String course = Scenario.courseOf(occasion);
            targets.add(new Target(
                    occasion,
                    Scenario.VERKSTAD,
                    Scenario.signedAgreement(Scenario.KUSTLAND, Scenario.VERKSTAD, course, VERKSTAD_QUOTA, true)));
            targets.add(new Target(
                    occasion,
                    Scenario.AGENCY,
                    Scenario.signedAgreement(Scenario.KUSTLAND, Scenario.AGENCY, course, AGENCY_QUOTA, true)));
        }
        return targets;
    }

    // --- the load ----------------------------------------------------------------------------------------------

    /** One order, retried with its Idempotency-Key through every fault until the platform gives a definite answer. */
    private void placeOrder(int n, Target target, int size) {
        List<Map<String, String>> participants = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String pin = personalIdentityNumber(n * 10 + i);
            pins.add(pin);
            participants.add(Map.of(
                    "givenName",
                    "Deltagare",
                    "familyName",
                    "Nr" + n + "x" + i,
                    "email",
                    "p" + n + "x" + i + "@staff.example",
                    "employeeNumber",
                    "F-" + n + "-" + i,
                    "personalIdentityNumber",
                    pin));
        }
        pinsSent.addAll(pins);
        Map<String, Object> body = Map.of(
                "agreementId",
                target.agreement(),
                "occasionId",
                target.occasion(),
                "purpose",
                "STAFF_TRAINING",
                "participants",
                participants);
        String key = "fault-order-" + seed + "-" + n;
        Instant giveUp = Instant.now().plus(HEALING);
        while (Instant.now().isBefore(giveUp)) {
            try {
                Response response = given().baseUri(platform.url("enrolment"))
                        .auth()
                        .oauth2(tokenFor(target.employer()))
                        .header("Idempotency-Key", key)
                        .contentType("application/json")
                        .body(body)
                        .post("/orders");
                int status = response.statusCode();
                if (status == 201 || status == 200) {
                    accepted.put(
                            response.path("id"),
                            new PlacedOrder(response.path("id"), target.employer(), target.occasion(), size, pins));
                    return;
                }
                if (status >= 500) {
                    serverErrors
                            .computeIfAbsent(status, s -> new AtomicInteger())
                            .incrementAndGet();
                } else if (status != 401) {
                    refusals.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    return;
                }
            } catch (Exception e) {
                // Rest-assured throws a refused connection (the service is down) unchecked, whatever its type.
                unreachable.incrementAndGet();
            }
            Pause.sleep(500);
        }
        throw new IllegalStateException("order " + key + " had no answer within " + HEALING);
    }

    /** Pays every invoice not yet paid in full with one camt.054, imported again until the import is answered. */
    private void payWhatIsInvoiced() {
        try {
            String finance = KeycloakTokens.finance(Scenario.KUSTLAND);
            List<Map<String, Object>> open = given().baseUri(platform.url("invoicing"))
                    .auth()
                    .oauth2(finance)
                    .queryParam("size", 100)
                    .get("/invoices")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("items");
            List<BankFiles.Incoming> incoming = new ArrayList<>();
            for (Map<String, Object> invoice : open == null ? List.<Map<String, Object>>of() : open) {
                String id = (String) invoice.get("id");
                if ("INVOICE".equals(invoice.get("kind")) && !paidInvoices.contains(id)) {
                    String amount = (String) ((Map<?, ?>) invoice.get("total")).get("amount");
                    String reference = "FLT-" + id.substring(0, 8) + "-" + payments.size();
                    incoming.add(new BankFiles.Incoming(reference, (String) invoice.get("ocr"), amount, "Betalare"));
                    payments.put(reference, Map.entry(id, amount));
                    paidInvoices.add(id);
                }
            }
            if (incoming.isEmpty()) {
                return;
            }
            byte[] file = BankFiles.camt054(LocalDate.now(), incoming).getBytes(StandardCharsets.UTF_8);
            Instant giveUp = Instant.now().plus(HEALING);
            while (Instant.now().isBefore(giveUp)) {
                try {
                    int status = given().baseUri(platform.url("invoicing"))
                            .auth()
                            .oauth2(finance)
                            .contentType("application/xml")
                            .body(file)
                            .post("/payments/imports")
                            .statusCode();
                    if (status == 200) {
                        return;
                    }
                    if (status >= 500) {
                        serverErrors
                                .computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                } catch (Exception e) {
                    unreachable.incrementAndGet();
                }
                Pause.sleep(1_000);
            }
            throw new IllegalStateException("a bank file had no answer within " + HEALING);
        } catch (Exception e) {
            // The invoices list itself was refused mid-fault: the next round pays them.
            unreachable.incrementAndGet();
        }
    }

    // --- the invariants ----------------------------------------------------------------------------------------

    /** Checks until all hold (consumers catching up) or healing time is up; answers what is still broken. */
    List<String> awaitInvariants() {
        Instant giveUp = Instant.now().plus(HEALING);
        Instant nextNote = Instant.now().plusSeconds(30);
        List<String> broken;
        do {
            Pause.sleep(2_000);
            broken = invariants();
            if (!broken.isEmpty() && Instant.now().isAfter(nextNote)) {
                System.out.printf("[flow] still catching up, %d broken, e.g. %s%n", broken.size(), broken.get(0));
                nextNote = Instant.now().plusSeconds(30);
            }
        } while (!broken.isEmpty() && Instant.now().isBefore(giveUp));
        return broken;
    }

    List<String> invariants() {
        List<String> broken = new ArrayList<>();
        invariantsChecked = 0;

        // Every accepted order's participants are enrolled exactly once; nothing else was ordered.
        Map<String, long[]> enrolled = rows(
                "enrolment",
                "select order_id, count(*), count(distinct employee_number) from enrolment group by order_id");
        check(
                broken,
                enrolled.size() == accepted.size(),
                "orders in enrolment " + enrolled.size() + " != orders accepted " + accepted.size());
        for (PlacedOrder order : accepted.values()) {
            long[] counts = enrolled.get(order.id());
            check(
                    broken,
                    counts != null && counts[0] == order.participants() && counts[1] == order.participants(),
                    "order " + order.id() + " has " + (counts == null ? "no" : counts[0] + "/" + counts[1])
                            + " enrolments for " + order.participants() + " participants");
        }

        // Every billable enrolment is on exactly one invoice line, and nothing else is billed.
        Set<String> billable = rows(
                        "enrolment",
                        "select id, 1 from enrolment where status in ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')")
                .keySet();
        Map<String, long[]> lines = rows(
                "invoicing",
                "select enrolment_id, count(*) from invoice_line where line_kind = 'PRICE' group by enrolment_id");
        for (String enrolment : billable) {
            long[] count = lines.get(enrolment);
            check(
                    broken,
                    count != null && count[0] == 1,
                    "enrolment " + enrolment + " is on " + (count == null ? 0 : count[0]) + " invoice lines");
        }
        check(
                broken,
                billable.containsAll(lines.keySet()),
                "invoice lines for enrolments that are not billable: "
                        + lines.keySet().stream()
                                .filter(e -> !billable.contains(e))
                                .limit(5)
                                .toList());

        // No invoice number missing or repeated in any seller's series.
        Map<String, long[]> series = rows("invoicing", """
                select seller, count(*), count(distinct number),
                       max(cast(substring(number from position('-' in number) + 1) as bigint)),
                       (select next_number from invoice_series s where s.seller = i.seller)
                  from invoice i group by seller""");
        series.forEach((seller, s) -> check(
                broken,
                s[0] == s[1] && s[0] == s[2] && s[3] == s[2] + 1,
                "series " + seller + ": " + s[0] + " invoices, " + s[1] + " numbers, highest " + s[2] + ", next "
                        + s[3]));

        // Every payment applied once: one row per bank reference, each invoice's paid = what was sent for it.
        Map<String, long[]> paymentRows =
                rows("invoicing", "select source_key, count(*) from payment group by source_key");
        check(
                broken,
                paymentRows.size() == payments.size()
                        && paymentRows.values().stream().allMatch(c -> c[0] == 1),
                "payments sent " + payments.size() + ", payment rows " + paymentRows.size());
        Map<String, BigDecimal> expectedPaid = new HashMap<>();
        payments.values().forEach(p -> expectedPaid.merge(p.getKey(), new BigDecimal(p.getValue()), BigDecimal::add));
        Map<String, long[]> paid = rows(
                "invoicing",
                "select id, round(paid * 100), (select coalesce(round(sum(amount) * 100), 0) from payment p "
                        + "where p.invoice_id = i.id and p.status = 'MATCHED') from invoice i where kind = 'INVOICE'");
        for (Map.Entry<String, BigDecimal> e : expectedPaid.entrySet()) {
            long[] row = paid.get(e.getKey());
            long cents = e.getValue().movePointRight(2).longValueExact();
            check(
                    broken,
                    row != null && row[0] == cents && row[1] == cents,
                    "invoice " + e.getKey() + " paid " + (row == null ? "?" : row[0] + "/" + row[1]) + " cents, sent "
                            + cents);
        }

        // Seats taken never exceed capacity or quota, and match the enrolments holding one.
        Map<String, long[]> occasions = rows("enrolment", """
                select o.occasion_id, o.seats, o.seats_taken, (select count(*) from enrolment e where e.occasion_id = o.occasion_id
                   and e.status in ('PENDING', 'CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')) from occasion_fact o""");
        occasions.forEach((id, o) -> check(
                broken,
                o[1] <= o[0] && o[1] == o[2],
                "occasion " + id + ": " + o[1] + " seats taken of " + o[0] + ", " + o[2] + " enrolments hold one"));
        Map<String, long[]> quotas = rows("enrolment", """
                select a.agreement_id, a.seat_quota, a.seats_used, (select count(*) from enrolment e where e.agreement_id = a.agreement_id
                   and e.status in ('PENDING', 'CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')) from agreement_fact a""");
        quotas.forEach((id, a) -> check(
                broken,
                a[1] <= a[0] && a[1] == a[2],
                "agreement " + id + ": " + a[1] + " seats used of quota " + a[0] + ", " + a[2]
                        + " enrolments hold one"));
        Map<String, long[]> catalogue = rows("catalogue", "select id, seats_taken from occasion");
        occasions.forEach((id, o) -> check(
                broken,
                catalogue.containsKey(id) && catalogue.get(id)[0] == o[1],
                "catalogue shows " + (catalogue.containsKey(id) ? catalogue.get(id)[0] : "?")
                        + " seats taken of occasion " + id + ", enrolment " + o[1]));

        // The outboxes are empty: every event written was published.
        for (String service : RunningPlatform.SERVICES) {
            long left = platform.count(service, "select count(*) from outbox");
            check(broken, left == 0, service + " has " + left + " events left in its outbox");
        }
        return broken;
    }

    private void check(List<String> broken, boolean holds, String otherwise) {
        invariantsChecked++;
        if (!holds) {
            broken.add(otherwise);
        }
    }

    /** The first column as key, the rest as numbers. */
    private Map<String, long[]> rows(String service, String sql) {
        Map<String, long[]> result = new HashMap<>();
        try (Connection c = DriverManager.getConnection(
                        platform.jdbcUrl(service), TestDatabase.USER, TestDatabase.PASSWORD);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                long[] values = new long[columns - 1];
                for (int i = 2; i <= columns; i++) {
                    values[i - 2] = r.getLong(i);
                }
                result.put(r.getString(1), values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
        return result;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static String tokenFor(String employer) {
        return KeycloakTokens.employer(employer);
    }

    /** A valid personnummer (Luhn over the last ten digits), different for each n: born 1960–1999. */
    static String personalIdentityNumber(int n) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(n * 7919L, 14_600));
        String serial = String.format("%03d", Math.floorMod(n, 1000));
        String digits = born.format(DateTimeFormatter.ofPattern("yyMMdd")) + serial;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        int check = (10 - sum % 10) % 10;
        return born.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + serial + check;
    }

    /** Every service's dead letters, as its operator lists them. */
    List<Map<String, Object>> deadLetters() {
        List<Map<String, Object>> letters = new ArrayList<>();
        for (String service : RunningPlatform.SERVICES) {
            letters.addAll(given().baseUri(platform.url(service))
                    .auth()
                    .oauth2(KeycloakTokens.operator())
                    .queryParam("limit", 1000)
                    .get("/dead-letters")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .<Map<String, Object>>getList("$"));
        }
        return letters;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
