package se.uppdrag.systemtests;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps what the browser showed when a browser test failed: a screenshot and the page's HTML, under target/screenshots
 * as FAILED-test-name, so a failure in CI can be looked at.
 */
final class BrowserFailures implements TestWatcher {

    private final Supplier<Browser> browser;

    BrowserFailures(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser open = browser.get();
        if (open != null) {
            open.keepFailure("FAILED-" + context.getRequiredTestMethod().getName());
        }
    }
}
