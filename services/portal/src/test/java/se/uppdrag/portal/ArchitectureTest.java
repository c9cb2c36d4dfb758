package se.uppdrag.portal;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The portal's shape: pages (rest) on page helpers (service), the services' clients (client) and the web plumbing
 * (web: session, forms, security, formats); nothing calls the pages; the clients know nothing of pages or sessions.
 */
@AnalyzeClasses(packages = "se.uppdrag.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("rest")
            .definedBy("se.uppdrag.portal.rest..")
            .layer("service")
            .definedBy("se.uppdrag.portal.service..")
            .layer("web")
            .definedBy("se.uppdrag.portal.web..")
            .layer("client")
            .definedBy("se.uppdrag.portal.client..")
            .whereLayer("rest")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers("rest")
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("rest", "service")
            .whereLayer("client")
            .mayOnlyBeAccessedByLayers("rest", "service", "web");
}
