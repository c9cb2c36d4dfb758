package se.uppdrag.testsupport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every service shares, as a rule each service's tests check: rest on service; service on repository,
 * domain and messaging; messaging (events out, consumers in) on service; nothing on rest.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static ArchRule layers(String servicePackage) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(servicePackage + ".rest..")
                .layer("service").definedBy(servicePackage + ".service..")
                .layer("messaging").definedBy(servicePackage + ".messaging..")
                .layer("repository").definedBy(servicePackage + ".repository..")
                .layer("domain").definedBy(servicePackage + ".domain..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                .whereLayer("messaging").mayOnlyBeAccessedByLayers("service")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("service", "repository", "messaging", "rest");
    }
}
