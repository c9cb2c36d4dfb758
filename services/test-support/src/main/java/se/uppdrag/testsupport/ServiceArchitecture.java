package se.uppdrag.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.smallrye.config.ConfigMapping;

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

    /**
     * A service's settings are one typed mapping, {@code service.<Service>Config} (CatalogueConfig, InvoicingConfig…),
     * not values injected one by one where they are used.
     */
    public static ArchRule configuration(String servicePackage) {
        String service = servicePackage.substring(servicePackage.lastIndexOf('.') + 1);
        String name = Character.toUpperCase(service.charAt(0)) + service.substring(1) + "Config";
        ArchRule oneMapping = classes().that().areAnnotatedWith(ConfigMapping.class).should().haveFullyQualifiedName(
                servicePackage + ".service." + name).allowEmptyShould(false)
                .as("the service's settings are one @ConfigMapping, " + servicePackage + ".service." + name);
        ArchRule noLooseValues = noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                "org.eclipse.microprofile.config.inject.ConfigProperty")
                .as("no setting is injected on its own with @ConfigProperty");
        return CompositeArchRule.of(oneMapping).and(noLooseValues);
    }
}
