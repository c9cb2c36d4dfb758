package se.uppdrag.catalogue;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape every service shares: rest on service, service on repository and domain, nothing on rest. */
@AnalyzeClasses(packages = "se.uppdrag.catalogue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("rest").definedBy("..catalogue.rest..")
            .layer("service").definedBy("..catalogue.service..")
            .layer("messaging").definedBy("..catalogue.messaging..")
            .layer("repository").definedBy("..catalogue.repository..")
            .layer("domain").definedBy("..catalogue.domain..")
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
            .whereLayer("messaging").mayOnlyBeAccessedByLayers("service")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("service", "repository", "messaging", "rest");
}
