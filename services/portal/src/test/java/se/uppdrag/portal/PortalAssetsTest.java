package se.uppdrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The scripts and styles the layout links to are in the application: nothing is fetched from elsewhere. */
class PortalAssetsTest {

    @Test
    void htmx_is_served_from_its_webjar_at_the_configured_path() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        String htmx = config.getProperty("uppdrag.portal.htmx");

        assertThat(htmx).startsWith("/webjars/");
        assertThat(getClass().getResource("/META-INF/resources" + htmx))
                .as(htmx)
                .isNotNull();
    }

    @Test
    void the_portals_own_script_and_styles_are_there() {
        assertThat(getClass().getResource("/META-INF/resources/static/portal.js"))
                .isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/static/portal.css"))
                .isNotNull();
    }
}
