package se.uppdrag.systemtests;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's chromium and chromium-driver; {@code .ci/run} installs them), headless, driven by Selenium
 * through the portal as a user clicks through it: logging in on Keycloak's own login page, filling in forms, reading
 * what the pages say. Screenshots go to {@code target/screenshots}; {@link #accessibilityProblems} runs axe-core.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String portal;

    private Browser(WebDriver driver, String portal) {
        this.driver = driver;
        this.portal = portal;
    }

    /** A fresh browser (no cookies) pointed at the portal, in Swedish unless told otherwise. */
    static Browser open(String portalUrl) {
        return open(portalUrl, null);
    }

    /** As {@link #open(String)}, saving downloads in the directory given. */
    static Browser open(String portalUrl, Path downloads) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the portal's browser tests need Chromium and ChromeDriver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does), or set "
                    + "CHROME_BIN and CHROMEDRIVER");
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-extensions",
                        "--window-size=1280,1000",
                        "--lang=sv-SE");
        Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "sv-SE,sv"));
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, portalUrl);
    }

    /** Logs in on Keycloak's login page as a demo user (password = user name) and lands on the user's start page. */
    Browser login(String user) {
        forgetEveryone();
        go("/login");
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        waiting(PATIENCE)
                .until(d -> d.getCurrentUrl().startsWith(portal)
                        && !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Logs out through the portal's own button: the portal's and Keycloak's session end. */
    Browser logout() {
        click(By.cssSelector("form[action='/logout'] button"));
        waiting(PATIENCE).until(d -> d.getCurrentUrl().startsWith(portal));
        return this;
    }

    /**
     * Drops every cookie the browser holds, the portal's session and Keycloak's single sign-on alike (Keycloak's
     * live under its own path, out of reach of a page of the portal), as a new browser would start.
     */
    Browser forgetEveryone() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    Browser go(String path) {
        driver.get(portal + path);
        return this;
    }

    /** The portal's scheme, host and port, which its own links start with. */
    String origin() {
        return portal;
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(portal) ? url.substring(portal.length()) : url;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** The visible text of the page's main region (WebDriver reports the amounts' no-break spaces as spaces). */
    String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    WebElement waitFor(By by) {
        return waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the main region says this (after a page load or an htmx swap). */
    Browser waitForText(String text) {
        waiting(PATIENCE).until(d -> d.findElement(By.tagName("main")).getText().contains(text));
        return this;
    }

    Browser click(By by) {
        waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Clicks a link or button by its visible text. */
    Browser click(String text) {
        return click(By.xpath("//main//*[self::a or self::button][normalize-space()=" + xpathLiteral(text) + "]"));
    }

    /** Types into a field, replacing what it held. */
    Browser type(String id, String value) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Sets a date field (whatever the browser's own date widget is like). */
    Browser date(String id, LocalDate value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), value.toString());
        return this;
    }

    Browser select(String id, String value) {
        new Select(waitFor(By.id(id))).selectByValue(value);
        return this;
    }

    Browser check(By by) {
        WebElement box = waitFor(by);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** The value a field holds now. */
    String value(String id) {
        return waitFor(By.id(id)).getDomProperty("value");
    }

    String attribute(By by, String name) {
        return waiting(PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(by))
                .getDomAttribute(name);
    }

    /** The amount a chart's bar stands for (its data-amount). */
    BigDecimal amount(By bar) {
        return new BigDecimal(attribute(bar, "data-amount"));
    }

    /** A chart bar's drawn length. */
    int width(By bar) {
        return Integer.parseInt(attribute(bar, "width"));
    }

    /** Chooses a file for a file field. */
    Browser upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Waits until a datalist offers the option (an htmx suggestion list filled as the user types). */
    Browser waitForOption(String datalist, String value) {
        waiting(PATIENCE)
                .until(d -> !d.findElements(By.cssSelector("#" + datalist + " option[value=" + cssString(value) + "]"))
                        .isEmpty());
        return this;
    }

    /** Reloads the page until the element is there: what another service has yet to hear of takes a moment. */
    Browser refreshUntil(By by, Duration patience) {
        return refreshUntil(() -> has(by), patience);
    }

    Browser refreshUntil(BooleanSupplier condition, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "the page " + path() + " did not come to show what was awaited within " + patience);
            }
            Pause.sleep(500);
            driver.navigate().refresh();
        }
        return this;
    }

    /** Waits, without touching the page, until the condition holds: what the page's own scripts do takes a moment. */
    Browser until(BooleanSupplier condition, Duration patience) {
        waiting(patience).until(d -> {
            try {
                return condition.getAsBoolean();
            } catch (JavascriptException e) {
                return false; // the page is being replaced
            }
        });
        return this;
    }

    /** Waits until the download of the file has finished, and answers where it is. */
    Path awaitDownload(String name, Duration patience) {
        Path file = downloads().resolve(name);
        waiting(patience)
                .until(d -> Files.exists(file) && !Files.exists(downloads().resolve(name + ".crdownload")));
        return file;
    }

    /** A wait that reads a page being replaced (after a click, a swap) as not there yet, not as an error. */
    private WebDriverWait waiting(Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        // A stale or missing element, and what Chromium 150 says of a node in a document just replaced ("unhandled
        // inspector error ... Node with given id does not belong to the document", a plain WebDriverException):
        // all waited out; whatever else fails still ends the wait as its cause when patience runs out.
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private Path downloads() {
        return Path.of("target", "downloads").toAbsolutePath();
    }

    private static String cssString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Waits for htmx to have loaded (before typing into htmx forms) and to have no request in flight. */
    Browser htmxSettled() {
        waiting(PATIENCE)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return !!window.htmx && document.querySelectorAll('.htmx-request').length === 0")));
        return this;
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    /** A screenshot of the whole page for a reviewer, as target/screenshots/NAME.png. */
    Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number height = (Number) script("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(1280, Math.min(4000, Math.max(1000, height.intValue()))));
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(1280, 1000));
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
        return this;
    }

    /** A screenshot and the page's HTML and address, for a failed test's reader. */
    void keepFailure(String name) {
        try {
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), "<!-- " + url() + " -->\n" + driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            System.err.println("could not keep the failed page: " + e);
        }
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now, described. */
    List<String> accessibilityProblems() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add(path() + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(3)
                                .toList());
            }
        }
        return problems;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
