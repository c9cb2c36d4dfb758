package se.uppdrag.agreement.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's settings in one place; the expiry's schedule reads them by name. */
@ConfigMapping(prefix = "uppdrag.agreements")
public interface AgreementConfig {

    /** How often active agreements past their validity are expired (AgreementExpired). */
    @WithDefault("1h")
    Duration expiryCheckInterval();

    /** Where links in notices lead: the portal (the platform's shared setting unless set here). */
    @WithDefault("${uppdrag.portal.url:http://localhost:8080}")
    String portalUrl();

    /** How long after the start the first check waits. */
    @WithDefault("30s")
    Duration expiryCheckDelay();
}
