package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static se.uppdrag.systemtests.Scenario.KUSTLAND;
import static se.uppdrag.systemtests.Scenario.VERKSTAD;
import static se.uppdrag.systemtests.Scenario.as;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import se.uppdrag.testsupport.BankFiles;

/**
 * Every page of every role, as its users reach it by following links from their start page: each renders without an
 * error, has a title and one heading, and has no serious or critical WCAG 2.1 AA violation that axe-core finds. Around
 * them what a portal must refuse or survive: another role's page (403), another organisation's order, agreement,
 * invoice and occasion (404, as if missing), a forged form token, a login that expired under an htmx request, and an
 * order placed with the keyboard alone.
 */
class PortalPagesIT {

    /** Enough for every kind of page a role has; a crawl that needs more is following a loop. */
    private static final int PAGES_PER_ROLE = 60;

    private static Browser browser;
    private static String code;
    private static String occasion;
    private static String agreement;
    private static String order;
    private static String invoice;

    @RegisterExtension
    static final BrowserFailures FAILURES = new BrowserFailures(() -> browser);

    /** Something on every page: a course, occasion and path, an agreement, orders decided and waiting, an invoice, a stray payment. */
    @BeforeAll
    static void data() {
        RunningPlatform platform = Scenario.platform();
        code = "A" + Scenario.suffix();
        occasion = Scenario.publishedOccasion(KUSTLAND, code, LocalDate.now().plusDays(40));
        String course = Scenario.courseOf(occasion);
        String university = KeycloakTokens.university(KUSTLAND);
        as(university, "catalogue")
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Path " + code,
                        "description",
                        "One course after another.",
                        "courseIds",
                        List.of(course)))
                .post("/learning-paths")
                .then()
                .statusCode(201);
        agreement = Scenario.signedAgreement(VERKSTAD, course);
        // One order decided and so invoiced, one waiting in the university's queue.
        JsonPath placed = Scenario.order(VERKSTAD, agreement, occasion, List.of("Alva", "Bo"));
        order = placed.getString("id");
        for (String enrolment : placed.<String>getList("enrolments.id")) {
            as(university, "enrolment")
                    .post("/enrolments/{id}/confirm", enrolment)
                    .then()
                    .statusCode(200);
        }
        Scenario.order(VERKSTAD, agreement, occasion, List.of("Cia"));
        // ... and a second invoice, for a list to sort.
        JsonPath another = Scenario.order(VERKSTAD, agreement, occasion, List.of("Dag"));
        as(university, "enrolment")
                .post("/enrolments/{id}/confirm", another.getString("enrolments[0].id"))
                .then()
                .statusCode(200);
        String finance = KeycloakTokens.finance(KUSTLAND);
        invoice = Scenario.invoiceOf(finance, order).getString("id");
        Scenario.invoiceOf(finance, another.getString("id"));
        String camt = BankFiles.camt054(
                LocalDate.now(),
                List.of(new BankFiles.Incoming(
                        "STRAY-" + code, "no reference we know", "1234.00", "Okänd betalare AB")));
        as(finance, "invoicing")
                .contentType("application/xml")
                .body(camt.getBytes(StandardCharsets.UTF_8))
                .post("/payments/imports")
                .then()
                .statusCode(200);
        browser = Browser.open(platform.portalUrl());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void every_page_of_every_role_renders_with_a_title_a_heading_and_no_serious_accessibility_violation() {
        Map<String, Set<String>> visited = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        visited.put("anonymous", crawl(null, "/catalogue", problems));
        for (String user : List.of("uni.admin", "hr.admin", "uni.finance", "ops")) {
            visited.put(user, crawl(user, null, problems));
        }
        visited.forEach((user, pages) -> System.out.println(user + " " + pages.size() + " kinds of page: " + pages));

        assertThat(problems).as("pages with problems").isEmpty();
        assertThat(visited.get("anonymous"))
                .contains("/catalogue", "/catalogue/occasions/{id}", "/learning-paths/{id}");
        assertThat(visited.get("uni.admin"))
                .contains(
                        "/university",
                        "/university/courses/{id}",
                        "/university/occasions/{id}",
                        "/university/queue",
                        "/university/learning-paths/new",
                        "/agreements/new",
                        "/agreements/{id}",
                        "/orders/{id}",
                        "/occasions/{id}/evaluation",
                        "/notifications",
                        "/statistics");
        assertThat(visited.get("hr.admin"))
                .contains(
                        "/hr",
                        "/orders/new",
                        "/orders/{id}",
                        "/hr/report",
                        "/hr/funding",
                        "/occasions/{id}/evaluation",
                        "/notifications",
                        "/statistics",
                        "/invoices/{id}",
                        "/agreements/{id}");
        assertThat(visited.get("uni.finance"))
                .contains(
                        "/finance",
                        "/invoices/{id}",
                        "/finance/payments",
                        "/finance/payments/{id}",
                        "/finance/reconciliation",
                        "/finance/ledger");
        assertThat(visited.get("ops"))
                .contains(
                        "/operator",
                        "/operator/organisations",
                        "/operator/organisations/{org}",
                        "/operator/dead-letters",
                        "/statistics");
    }

    @Test
    void a_form_sent_with_mistakes_names_each_one_accessibly_and_keeps_what_was_typed() {
        browser.login("uni.admin").go("/university/courses/new");
        browser.type("code", "X" + code).type("credits", "seven");
        browser.click(By.cssSelector("form[action='/university/courses'] button[type=submit]"));
        browser.waitFor(By.cssSelector("[aria-invalid=true]"));
        assertThat(browser.value("code")).isEqualTo("X" + code);
        assertThat(browser.attribute(By.id("title"), "aria-invalid")).isEqualTo("true");
        assertThat(browser.attribute(By.id("title"), "aria-describedby")).isNotBlank();
        // The summary above the form names each field, in the form's order, and links to it.
        assertThat(browser.all(By.cssSelector("#form-errors li a")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly(
                        "Titel: Fyll i det här fältet",
                        "Beskrivning: Fyll i det här fältet",
                        "Högskolepoäng (hp): Skriv ett tal, till exempel 7,5",
                        "Ämne: Fyll i det här fältet");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("form-errors");
    }

    @Test
    void finance_sorts_the_invoices_by_a_column_and_back() {
        browser.login("uni.finance").go("/invoices");
        By numberHeading = By.xpath("//th[a[normalize-space()='Nummer']]");
        browser.click(By.xpath("//th/a[normalize-space()='Nummer']"));
        assertThat(browser.attribute(numberHeading, "aria-sort")).isEqualTo("ascending");
        List<String> ascending = numbers();
        assertThat(ascending).hasSizeGreaterThan(1).isSorted();
        browser.click(By.xpath("//th/a[normalize-space()='Nummer']"));
        assertThat(browser.attribute(numberHeading, "aria-sort")).isEqualTo("descending");
        assertThat(numbers()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(browser.url()).contains("sort=-number");
    }

    private static List<String> numbers() {
        return browser.all(By.cssSelector("main tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void another_roles_page_is_forbidden_and_another_organisations_things_are_missing() {
        browser.login("hr.admin");
        for (String page : List.of("/university/courses", "/finance/reconciliation", "/operator/organisations")) {
            assertThat(statusOf(page)).as("hr.admin on %s", page).isEqualTo("403");
        }
        assertThat(statusOf("/orders/" + UUID.randomUUID())).isEqualTo("404");

        browser.login("hr2.admin");
        assertThat(statusOf("/orders/" + order)).as("another employer's order").isEqualTo("404");
        assertThat(statusOf("/agreements/" + agreement))
                .as("another employer's agreement")
                .isEqualTo("404");
        assertThat(browser.main()).doesNotContain("Verkstadsbolaget");
        assertThat(statusOf("/invoices/" + invoice))
                .as("another buyer's invoice")
                .isEqualTo("404");

        browser.login("uni2.admin");
        assertThat(statusOf("/university/occasions/" + occasion))
                .as("another university's occasion")
                .isEqualTo("404");
        assertThat(statusOf("/orders/" + order))
                .as("an order with another university")
                .isEqualTo("404");

        browser.forgetEveryone().go("/orders/" + order);
        assertThat(browser.url()).as("anonymous is sent to log in").contains("/realms/uppdrag/");
    }

    @Test
    void a_form_with_a_forged_token_is_refused_and_changes_nothing() {
        browser.login("uni.admin").go("/university/courses/new");
        browser.type("code", "F" + code)
                .type("title", "Forged " + code)
                .type("description", "Should never exist.")
                .type("credits", "7,5")
                .select("cycle", "FIRST")
                .type("subject", "Forgery")
                .type("learningOutcomes", "None");
        browser.script(
                "document.querySelector(\"form[action='/university/courses'] input[name=_csrf]\").value = 'forged'");
        browser.click(By.cssSelector("form[action='/university/courses'] button[type=submit]"));
        assertThat(browser.attribute(By.cssSelector("h1"), "data-status")).isEqualTo("403");
        browser.go("/university/courses?q=F" + code);
        assertThat(browser.main()).doesNotContain("Forged " + code);
    }

    @Test
    void an_htmx_request_after_the_session_expired_reloads_the_page_through_the_login() {
        browser.login("uni.admin").go("/agreements/new").htmxSettled();
        browser.script("window.loadedBefore = true");
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            if (cookie.getName().startsWith("q_session")) {
                browser.driver().manage().deleteCookieNamed(cookie.getName());
            }
        }
        browser.type("employer", "Verkstad");
        // Keycloak's own session still holds, so the login is silent: the page is simply there again, reloaded.
        browser.until(
                () -> Boolean.TRUE.equals(browser.script(
                        "return window.loadedBefore === undefined && document.readyState === 'complete'")),
                Duration.ofSeconds(20));
        assertThat(browser.path()).isEqualTo("/agreements/new");
        assertThat(browser.has(By.id("employer"))).isTrue();
    }

    @Test
    void the_language_switch_keeps_the_page_and_says_it_in_english() {
        browser.login("hr.admin").go("/orders");
        browser.click(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.path()).isEqualTo("/orders");
        assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Orders");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("orders-in-english");
        browser.click(By.cssSelector("a[hreflang=sv]"));
        assertThat(browser.attribute(By.tagName("html"), "lang")).isEqualTo("sv");
    }

    @Test
    void hr_orders_a_seat_with_the_keyboard_alone() {
        browser.login("hr.admin").go("/orders/new?agreement=" + agreement + "&occasion=" + occasion);
        browser.waitFor(By.id("given-0"));
        assertThat(browser.accessibilityProblems()).isEmpty();
        tabUntil("given-0");
        Actions keys = new Actions(browser.driver());
        keys.sendKeys("Dag").sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("family-0");
        keys.sendKeys("Tangent").sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("email-0");
        keys.sendKeys("dag.tangent." + code + "@verkstad.example")
                .sendKeys(Keys.TAB)
                .perform();
        assertThat(focused()).isEqualTo("employee-0");
        keys.sendKeys("K-" + code).sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("pin-0");
        WebElement place = browser.driver().findElement(By.cssSelector("button[name=action][value=order]"));
        for (int i = 0; i < 20 && !place.equals(browser.driver().switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement())
                .as("the order button is reachable by Tab")
                .isEqualTo(place);
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitForText("Beställningen är mottagen");
        assertThat(browser.main()).contains("Dag Tangent");
    }

    /** The status the portal's error page shows for a path, or "200" when it shows the page. */
    private static String statusOf(String path) {
        browser.go(path);
        return browser.has(By.cssSelector("h1[data-status]"))
                ? browser.attribute(By.cssSelector("h1"), "data-status")
                : "200";
    }

    private static void tabUntil(String id) {
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 80 && !id.equals(focused()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).as("%s is reachable by Tab", id).isEqualTo(id);
    }

    private static String focused() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    /**
     * Follows the links a user sees from their start page, one page of each kind (ids in the path make no new kind),
     * checking each; returns the kinds seen.
     */
    private static Set<String> crawl(String user, String start, List<String> problems) {
        if (user == null) {
            browser.forgetEveryone().go(start);
        } else {
            browser.login(user);
        }
        Set<String> kinds = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(browser.path()));
        while (!queue.isEmpty() && kinds.size() < PAGES_PER_ROLE) {
            String target = queue.removeFirst();
            if (!kinds.add(kind(target))) {
                continue;
            }
            browser.go(target);
            String where = (user == null ? "anonymous" : user) + " " + target;
            if (browser.has(By.cssSelector("h1[data-status]"))) {
                problems.add(where + ": error page " + browser.attribute(By.cssSelector("h1"), "data-status"));
                continue;
            }
            if (browser.title().isBlank() || browser.all(By.tagName("h1")).size() != 1) {
                problems.add(where + ": needs a title and exactly one h1");
            }
            browser.accessibilityProblems().forEach(p -> problems.add((user == null ? "anonymous" : user) + " " + p));
            for (WebElement link : browser.all(By.cssSelector("a[href]"))) {
                String next = link.getAttribute("href");
                if (next.startsWith(browser.origin())
                        && followable(next.substring(browser.origin().length()))) {
                    queue.addLast(next.substring(browser.origin().length()).replaceAll("#.*$", ""));
                }
            }
        }
        browser.screenshot("start-" + (user == null ? "anonymous" : user));
        return kinds;
    }

    private static boolean followable(String path) {
        return path.startsWith("/")
                && !path.startsWith("/logout")
                && !path.startsWith("/login")
                && !path.startsWith("/language/")
                && !path.startsWith("/static/")
                && !path.startsWith("/webjars/")
                && !path.startsWith("/q/")
                && !path.matches("^[^?#]*\\.(xml|csv|sie)([?#].*)?$");
    }

    /** A page's kind: its path with ids, organisation numbers and dead-letter coordinates made placeholders. */
    static String kind(String path) {
        return path.replaceAll("[?#].*$", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("/\\d{10}(?=/|$)", "/{org}")
                .replaceAll("/dead-letters/.+$", "/dead-letters/{letter}");
    }
}
