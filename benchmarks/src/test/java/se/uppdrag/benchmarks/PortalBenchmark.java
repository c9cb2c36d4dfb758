package se.uppdrag.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The portal under people clicking through it, on the running local platform with its demo data
 * ({@code deploy/local/up --demo}): -Dbenchmark.users sessions (default 20, spread over the four roles' demo users),
 * each logged in through Keycloak's own login form as a browser would (authorization code with PKCE), then asking for
 * its role's pages one after another without pause for -Dbenchmark.seconds (default 60) after -Dbenchmark.warmup
 * (default 30; the JIT needs it). Every page is rendered from the services' answers with the user's token, so a page's time is the
 * portal's and the services' together. Prints pages per second, each page's p50/p95/p99 and size, the login's time,
 * the weight of a first visit (HTML, styles, scripts, compressed as browsers ask) and the portal's resident memory
 * idle and at the end.
 */
class PortalBenchmark {

    private static final String PORTAL = System.getProperty("benchmark.portal", "http://localhost:8080");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern UUID_LINK = Pattern.compile("href=\"(/[a-z/-]+/[0-9a-f]{8}-[0-9a-f-]{27})\"");

    /** Each role's pages: its lists, and one detail page found from a list (the first link of that kind). */
    private static final Map<String, List<String>> PAGES = Map.of(
            "hr.admin",
                    List.of(
                            "/hr",
                            "/orders",
                            "/orders/{first}",
                            "/agreements",
                            "/agreements/{first}",
                            "/hr/report",
                            "/invoices",
                            "/invoices/{first}",
                            "/catalogue",
                            "/catalogue?q=data"),
            "uni.admin",
                    List.of(
                            "/university",
                            "/university/courses",
                            "/university/courses/{first}",
                            "/university/queue",
                            "/orders",
                            "/agreements",
                            "/university/learning-paths"),
            "uni.finance",
                    List.of(
                            "/finance",
                            "/invoices",
                            "/invoices/{first}",
                            "/finance/payments",
                            "/finance/reconciliation",
                            "/credit-notes"),
            "ops", List.of("/operator", "/operator/organisations", "/operator/dead-letters"));

    private record Sample(String page, long nanos, int bytes, int status) {}

    @Test
    void pages_per_second_and_each_pages_latency_with_users_clicking_through() throws Exception {
        int users = Integer.getInteger("benchmark.users", 20);
        long warmup = Long.getLong("benchmark.warmup", 30);
        long seconds = Long.getLong("benchmark.seconds", 60);
        long idleRss = portalResidentMb();
        List<String> roles = List.of("hr.admin", "uni.admin", "uni.finance", "ops");

        List<Long> logins = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Map<String, String> resolved = new ConcurrentHashMap<>();
        AtomicLong measuring = new AtomicLong(Long.MAX_VALUE);
        long end = System.nanoTime() + Duration.ofSeconds(warmup + seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int u = 0; u < users; u++) {
            String user = roles.get(u % roles.size());
            new Thread(
                            () -> {
                                try {
                                    HttpClient browser = browser();
                                    long start = System.nanoTime();
                                    login(browser, user);
                                    logins.add(System.nanoTime() - start);
                                    while (System.nanoTime() < end) {
                                        for (String page : PAGES.get(user)) {
                                            String path = resolve(browser, user, page, resolved);
                                            long t0 = System.nanoTime();
                                            HttpResponse<byte[]> response = get(browser, path);
                                            long t1 = System.nanoTime();
                                            if (t0 >= measuring.get()) {
                                                samples.add(new Sample(
                                                        user + " " + page,
                                                        t1 - t0,
                                                        response.body().length,
                                                        response.statusCode()));
                                            }
                                        }
                                    }
                                } catch (Throwable e) {
                                    failures.add(e);
                                } finally {
                                    done.countDown();
                                }
                            },
                            "user-" + u)
                    .start();
        }
        Thread.sleep(warmup * 1000);
        measuring.set(System.nanoTime());
        done.await();
        if (!failures.isEmpty()) {
            throw new AssertionError("a user failed", failures.get(0));
        }

        Map<String, List<Sample>> byPage = new TreeMap<>();
        samples.forEach(
                s -> byPage.computeIfAbsent(s.page(), p -> new ArrayList<>()).add(s));
        List<Long> all = new ArrayList<>(samples.stream().map(Sample::nanos).toList());
        long errors = samples.stream().filter(s -> s.status() != 200).count();
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK portal: %d users, %d pages in %d s = %.0f pages/s, %d not 200; "
                        + "all pages p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                users,
                samples.size(),
                seconds,
                samples.size() / (double) seconds,
                errors,
                ms(all, 50),
                ms(all, 95),
                ms(all, 99));
        byPage.forEach((page, list) -> {
            List<Long> nanos = new ArrayList<>(list.stream().map(Sample::nanos).toList());
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK   %-38s n=%5d p50 %6.1f ms p95 %6.1f ms p99 %6.1f ms %6.1f kB%n",
                    page,
                    list.size(),
                    ms(nanos, 50),
                    ms(nanos, 95),
                    ms(nanos, 99),
                    list.get(0).bytes() / 1024.0);
        });
        List<Long> loginTimes = new ArrayList<>(logins);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK portal login through Keycloak's form: p50 %.0f ms, p95 %.0f ms%n",
                ms(loginTimes, 50),
                ms(loginTimes, 95));
        HttpClient anonymous = browser();
        int assets = 0;
        for (String asset : assets(anonymous)) {
            assets += get(anonymous, asset).body().length;
        }
        int heaviest =
                byPage.values().stream().mapToInt(l -> l.get(0).bytes()).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK portal first visit: styles and scripts %.1f kB (cached after), "
                        + "heaviest page's HTML %.1f kB%n",
                assets / 1024.0,
                heaviest / 1024.0);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK portal resident memory: %d MB idle, %d MB after the run%n",
                idleRss,
                portalResidentMb());
    }

    /** The layout's styles and scripts, as the catalogue page links them. */
    private static List<String> assets(HttpClient browser) throws Exception {
        String html = text(get(browser, "/catalogue"));
        List<String> found = new ArrayList<>();
        Matcher m =
                Pattern.compile("(?:href|src)=\"(/(?:static|webjars)/[^\"]+)\"").matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** A detail page's path: the first link of its kind on the list it belongs to, found once for everyone. */
    private static String resolve(HttpClient browser, String user, String page, Map<String, String> resolved)
            throws Exception {
        if (!page.contains("{first}")) {
            return page;
        }
        String key = user + " " + page;
        String known = resolved.get(key);
        if (known != null) {
            return known;
        }
        String list = page.substring(0, page.indexOf("/{first}"));
        String html = text(get(browser, list));
        Matcher m = UUID_LINK.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(list + "/")) {
                resolved.put(key, m.group(1));
                return m.group(1);
            }
        }
        throw new IllegalStateException(
                list + " shows " + user + " nothing to open: load the demo data " + "(deploy/local/demo)");
    }

    /** Logs in as a browser does: the portal sends it to Keycloak, whose form sends it back with a code. */
    private static void login(HttpClient browser, String user) throws Exception {
        HttpResponse<byte[]> page = follow(browser, get(browser, "/login"));
        Matcher action = FORM_ACTION.matcher(text(page));
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form at " + page.uri());
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<byte[]> posted = browser.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> home = follow(browser, posted);
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(PORTAL)) {
            throw new IllegalStateException("login as " + user + " ended at " + home.uri() + " " + home.statusCode());
        }
    }

    private static HttpResponse<byte[]> follow(HttpClient browser, HttpResponse<byte[]> response) throws Exception {
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        return response;
    }

    private static HttpResponse<byte[]> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(PORTAL + path))
                        .header("Accept-Language", "sv")
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page's text, unzipped when it came compressed (sizes are reported as sent: compressed). */
    private static String text(HttpResponse<byte[]> response) throws IOException {
        if (response.headers()
                .firstValue("Content-Encoding")
                .filter("gzip"::equalsIgnoreCase)
                .isPresent()) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** One browser: its own cookies (the portal's session, Keycloak's), redirects followed by hand. */
    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Cookies as a browser keeps them for http://localhost, which it counts as a secure origin: Keycloak marks its
     * login cookies Secure, and Java's CookieManager would not send those over plain HTTP. One host, every port.
     */
    static final class LoopbackCookies extends CookieHandler {

        private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            List<String> sent = new ArrayList<>();
            cookies.values().removeIf(HttpCookie::hasExpired);
            for (HttpCookie cookie : cookies.values()) {
                String scope = cookie.getPath() == null ? "/" : cookie.getPath();
                if (path.startsWith(scope) || (path + "/").equals(scope)) {
                    sent.add(cookie.getName() + "=" + cookie.getValue());
                }
            }
            return sent.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", sent)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase("Set-Cookie")) {
                    for (String line : header.getValue()) {
                        for (HttpCookie cookie : HttpCookie.parse(line)) {
                            String key = cookie.getName() + " " + cookie.getPath();
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(key);
                            } else {
                                cookies.put(key, cookie);
                            }
                        }
                    }
                }
            }
        }
    }

    private static double ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(nanos);
        int index = (int) Math.ceil(percentile / 100.0 * nanos.size()) - 1;
        return nanos.get(Math.max(0, index)) / 1e6;
    }

    private static long portalResidentMb() throws IOException {
        Path pid = ROOT.resolve("deploy/local/.run/portal.pid");
        return Files.exists(pid)
                ? StartupBenchmark.residentKiB(
                                Long.parseLong(Files.readString(pid).trim()))
                        / 1024
                : -1;
    }
}
