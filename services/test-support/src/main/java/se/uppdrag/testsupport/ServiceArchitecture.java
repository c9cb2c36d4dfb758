package se.uppdrag.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.smallrye.config.ConfigMapping;

/**
 * The shape every service shares, as rules each service's tests check. Layers: rest (HTTP in) and messaging (events
 * in) on service; service on repository and domain; nothing on rest or messaging; no package cycles. Names: a
 * consumer of another service's topic is {@code messaging.<Source>EventsConsumer} and hands each event to a
 * {@code service.<Thing>Projection}; this service's own events are written by {@code service.<Aggregate>Events}; a
 * request body is a record {@code service.<Thing>Request}; the settings are {@code service.<Service>Config}. The domain
 * names no HTTP, OpenAPI or messaging type.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {}

    public static ArchRule layers(String servicePackage) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("rest")
                .definedBy(servicePackage + ".rest..")
                .layer("service")
                .definedBy(servicePackage + ".service..")
                .layer("messaging")
                .definedBy(servicePackage + ".messaging..")
                .layer("repository")
                .definedBy(servicePackage + ".repository..")
                .layer("domain")
                .definedBy(servicePackage + ".domain..")
                .whereLayer("rest")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("service")
                .mayOnlyBeAccessedByLayers("rest", "messaging")
                .whereLayer("repository")
                .mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("service", "repository", "messaging", "rest");
    }

    /**
     * A service's settings are one typed mapping, {@code service.<Service>Config} (CatalogueConfig, InvoicingConfig…),
     * not values injected one by one where they are used.
     */
    public static ArchRule configuration(String servicePackage) {
        String service = servicePackage.substring(servicePackage.lastIndexOf('.') + 1);
        String name = Character.toUpperCase(service.charAt(0)) + service.substring(1) + "Config";
        ArchRule oneMapping = classes()
                .that()
                .areAnnotatedWith(ConfigMapping.class)
                .should()
                .haveFullyQualifiedName(servicePackage + ".service." + name)
                .allowEmptyShould(false)
                .as("the service's settings are one @ConfigMapping, " + servicePackage + ".service." + name);
        ArchRule noLooseValues = noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.inject.ConfigProperty")
                .as("no setting is injected on its own with @ConfigProperty");
        return CompositeArchRule.of(oneMapping).and(noLooseValues);
    }

    /** No two packages of the service depend on each other, directly or through others. */
    public static ArchRule noCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles();
    }

    /** The domain model is plain: no HTTP, OpenAPI or messaging type (OpenAPI examples of domain values live in
     * META-INF/openapi.yaml). */
    public static ArchRule plainDomain(String servicePackage) {
        return noClasses()
                .that()
                .resideInAPackage(servicePackage + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "io.quarkus.rest..",
                        "io.vertx..",
                        "org.eclipse.microprofile.openapi..",
                        "org.eclipse.microprofile.reactive.messaging..",
                        "io.smallrye.reactive.messaging..",
                        "org.apache.kafka..",
                        "se.uppdrag.platform.errors..",
                        "se.uppdrag.platform.rest..")
                .as("the domain names no HTTP, OpenAPI or messaging type (its rules raise RuleViolation)");
    }

    /** The names and places of consumers, projections, outgoing events and request bodies (see the class comment). */
    public static ArchRule naming(String servicePackage) {
        String messaging = servicePackage + ".messaging..";
        String service = servicePackage + ".service..";
        ArchRule consumers = classes()
                .that()
                .resideInAPackage(messaging)
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("EventsConsumer")
                .andShould()
                .beAssignableTo("se.uppdrag.platform.inbox.EventConsumer")
                .allowEmptyShould(false)
                .as("messaging holds consumers named <Source>EventsConsumer");
        ArchRule projections = noClasses()
                .that()
                .resideInAPackage(messaging)
                .should()
                .dependOnClassesThat(resideInAPackage(service).and(not(simpleNameEndingWith("Projection"))))
                .as("a consumer hands its events to a service.<Thing>Projection");
        ArchRule projectionsInService = classes()
                .that()
                .haveSimpleNameEndingWith("Projection")
                .should()
                .resideInAPackage(service)
                .allowEmptyShould(true)
                .as("projections of other services' events live in service");
        ArchRule events = classes()
                .that()
                .haveSimpleNameEndingWith("Events")
                .should()
                .resideInAPackage(service)
                .allowEmptyShould(false)
                .as("this service's own events are written by service.<Aggregate>Events");
        ArchRule requests = classes()
                .that()
                .haveSimpleNameEndingWith("Request")
                .and()
                .resideInAPackage(servicePackage + "..")
                .should()
                .resideInAPackage(service)
                .andShould()
                .beRecords()
                .allowEmptyShould(true)
                .as("a request body is a record service.<Thing>Request");
        ArchRule oldNames = noClasses()
                .should()
                .haveSimpleNameEndingWith("Details")
                .orShould()
                .haveSimpleNameEndingWith("Facts")
                .orShould()
                .haveSimpleNameEndingWith("Changes")
                .as("no request named *Details or *Changes, no projection named *Facts");
        return CompositeArchRule.of(consumers)
                .and(projections)
                .and(projectionsInService)
                .and(events)
                .and(requests)
                .and(oldNames);
    }
}
