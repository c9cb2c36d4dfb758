package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A story walked in one browser through the portal: the browser opened once for the class (downloads kept under
 * {@code target/downloads}), kept with a screenshot when a step fails, and each screen that matters checked.
 */
abstract class BrowserStory {

    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

    static Browser browser;

    @RegisterExtension
    static final BrowserFailures FAILURES = new BrowserFailures(() -> browser);

    @BeforeAll
    static void open() throws Exception {
        // Emptied first: invoice numbers start again in a fresh platform, and the browser would save a second
        // faktura-…-000003.xml beside the last run's under another name, leaving the old one to be read.
        if (Files.isDirectory(DOWNLOADS)) {
            try (Stream<Path> old = Files.list(DOWNLOADS)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(DOWNLOADS);
        browser = Browser.open(Scenario.platform().portalUrl(), DOWNLOADS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A screen of the story kept as a screenshot, with no serious or critical accessibility violation on it. */
    static void checked(String screen) {
        browser.screenshot(screen);
        assertThat(browser.accessibilityProblems()).as(screen).isEmpty();
    }
}
