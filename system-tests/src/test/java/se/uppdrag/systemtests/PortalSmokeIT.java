package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalSmokeIT {

    @Test
    void a_university_administrator_logs_in_and_sees_the_start_page() {
        RunningPlatform platform = Scenario.platform();
        try (Browser browser = Browser.open(platform.portalUrl())) {
            browser.go("/catalogue");
            assertThat(browser.title()).contains("Kurskatalog");
            browser.login("uni.admin");
            assertThat(browser.path()).startsWith("/university");
            browser.screenshot("smoke-university-home");
            browser.go("/university/courses").screenshot("smoke-courses");
            assertThat(browser.main()).contains("Kurser");
            System.out.println(browser.accessibilityProblems());
        }
    }
}
