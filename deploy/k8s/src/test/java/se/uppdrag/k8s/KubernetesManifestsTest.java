package se.uppdrag.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.Topics;

/**
 * The Kubernetes manifests, rendered by {@code kubectl kustomize} as an installer renders them, and checked offline:
 * every custom resource against its operator's CRD schema, strictly (a field the CRD does not have is an error, as
 * the API server's strict field validation makes it); every standard resource read strictly into the Kubernetes API
 * model; and the manifests against the services they run (topics, ACLs, configuration, realm).
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final String NAMESPACE = "uppdrag";
    private static final List<String> SERVICES = List.of("catalogue", "partner-agreement", "enrolment", "invoicing");
    private static final List<String> DEPLOYABLES =
            List.of("catalogue", "partner-agreement", "enrolment", "invoicing", "portal");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    /** The standard kinds the manifests use, and the API model classes they must read into without leftovers. */
    private static final Map<String, String> STANDARD = Map.of(
            "v1/Namespace",
            "io.fabric8.kubernetes.api.model.Namespace",
            "v1/Secret",
            "io.fabric8.kubernetes.api.model.Secret",
            "v1/Service",
            "io.fabric8.kubernetes.api.model.Service",
            "apps/v1/Deployment",
            "io.fabric8.kubernetes.api.model.apps.Deployment",
            "policy/v1/PodDisruptionBudget",
            "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget",
            "autoscaling/v2/HorizontalPodAutoscaler",
            "io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler",
            "networking.k8s.io/v1/Ingress",
            "io.fabric8.kubernetes.api.model.networking.v1.Ingress");

    private static final Map<String, List<JsonNode>> RENDERED = new HashMap<>();
    private static Map<String, JsonSchema> crdSchemas;

    // --- schemas -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_custom_resource_passes_its_operators_crd_schema_strictly(String overlay) throws IOException {
        Map<String, JsonSchema> schemas = crdSchemas();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (JsonNode resource : render(overlay)) {
            String key = resource.get("apiVersion").asText() + "/"
                    + resource.get("kind").asText();
            if (STANDARD.containsKey(key)) {
                continue;
            }
            JsonSchema schema = schemas.get(key);
            if (schema == null) {
                violations.add(key + " " + name(resource) + ": no CRD known for it");
                continue;
            }
            for (ValidationMessage message : schema.validate(resource)) {
                violations.add(key + " " + name(resource) + ": " + message.getMessage());
            }
            checked++;
        }
        assertThat(violations).isEmpty();
        assertThat(checked).as("custom resources checked").isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_standard_resource_reads_strictly_into_the_kubernetes_api(String overlay) throws Exception {
        List<String> problems = new ArrayList<>();
        for (JsonNode resource : render(overlay)) {
            String type = STANDARD.get(resource.get("apiVersion").asText() + "/"
                    + resource.get("kind").asText());
            if (type == null) {
                continue;
            }
            String where = resource.get("kind").asText() + " " + name(resource);
            try {
                Object typed = JSON.treeToValue(resource, Class.forName(type));
                unknownFields(typed, where, problems);
            } catch (JsonProcessingException e) {
                problems.add(where + ": " + e.getOriginalMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_schema_check_that_cannot_fail_would_be_no_check() throws IOException {
        JsonNode topic = render("prod").stream()
                .filter(r -> r.get("kind").asText().equals("KafkaTopic"))
                .findFirst()
                .orElseThrow()
                .deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitionz", 12);
        ((ObjectNode) topic.get("spec")).put("replicas", "three");
        assertThat(crdSchemas().get("kafka.strimzi.io/v1beta2/KafkaTopic").validate(topic))
                .hasSize(2);

        JsonNode deployment = byKind(render("prod"), "Deployment").get(0).deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec")).put("restartPolicee", "Always");
        List<String> problems = new ArrayList<>();
        unknownFields(JSON.treeToValue(deployment, Deployment.class), "d", problems);
        assertThat(problems).singleElement().asString().contains("restartPolicee");
    }

    // --- the manifests against the platform ----------------------------------------------------------------

    @Test
    void topics_are_the_contracts_topics_and_their_twins_with_twelve_partitions() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String topic : List.of(
                Topics.CATALOGUE_OFFERINGS,
                Topics.PARTNER_AGREEMENTS,
                Topics.ENROLMENT_ENROLMENTS,
                Topics.INVOICING_INVOICES)) {
            expected.add(topic);
            expected.add(Topics.deadLetterTopic(topic));
        }
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> topics = byKind(render(overlay), "KafkaTopic");
            Set<String> names = topics.stream()
                    .map(t -> t.at("/spec/topicName").asText())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).isEqualTo(expected);
            assertThat(topics)
                    .allSatisfy(
                            t -> assertThat(t.at("/spec/partitions").asInt()).isEqualTo(Topics.PARTITIONS));
        }
        assertThat(byKind(render("prod"), "KafkaTopic")).allSatisfy(t -> {
            assertThat(t.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(t.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
    }

    @Test
    void the_brokers_admit_the_consumer_session_every_service_is_given() throws IOException {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> resources = render(overlay);
            JsonNode least = byKind(resources, "Kafka").get(0).at("/spec/kafka/config/group.min.session.timeout.ms");
            // Unset, the brokers refuse sessions under 6 s and no consumer group forms.
            assertThat(least.isMissingNode())
                    .as("%s: group.min.session.timeout.ms set", overlay)
                    .isFalse();
            for (JsonNode deployment : byKind(resources, "Deployment")) {
                if (name(deployment).equals("portal")) {
                    continue;
                }
                JsonNode session = null;
                for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
                    if (variable.get("name").asText().equals("UPPDRAG_CONSUMER_SESSION_TIMEOUT_MS")) {
                        session = variable.get("value");
                    }
                }
                assertThat(session)
                        .as("%s in %s: consumer session", name(deployment), overlay)
                        .isNotNull();
                assertThat(session.asInt())
                        .isGreaterThanOrEqualTo(least.asInt())
                        .isLessThan(6000);
            }
        }
    }

    @Test
    void each_services_kafka_user_may_do_exactly_what_the_service_does() throws IOException {
        Map<String, JsonNode> users = byKind(render("prod"), "KafkaUser").stream()
                .collect(Collectors.toMap(KubernetesManifestsTest::name, u -> u));
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            Set<String> expected = new TreeSet<>();
            String produced = EventCatalog.producedBy(service).stream()
                    .map(EventDefinition::topic)
                    .distinct()
                    .collect(Collectors.joining());
            expected.add("topic " + produced + " Describe,Write");
            expected.add("transactionalId " + service + "-outbox Describe,Write");
            Properties config = configuration(service);
            for (String topic : incoming(config, "topic")) {
                expected.add("topic " + topic + " Describe,Read");
                expected.add("topic " + Topics.deadLetterTopic(topic) + " Describe,Read,Write");
            }
            for (String group : incoming(config, "group.id")) {
                expected.add("group " + group + " Describe,Read");
            }
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : users.get(service).at("/spec/authorization/acls")) {
                assertThat(acl.at("/resource/patternType").asText()).isEqualTo("literal");
                List<String> operations = new ArrayList<>();
                acl.get("operations").forEach(o -> operations.add(o.asText()));
                granted.add(acl.at("/resource/type").asText() + " "
                        + acl.at("/resource/name").asText() + " "
                        + operations.stream().sorted().collect(Collectors.joining(",")));
            }
            assertThat(granted).as("ACLs of %s", service).isEqualTo(expected);
        }
    }

    @Test
    void every_service_gets_the_configuration_it_reads_and_nothing_it_does_not() throws IOException {
        for (String overlay : List.of("dev", "prod")) {
            Map<String, JsonNode> deployments = byKind(render(overlay), "Deployment").stream()
                    .collect(Collectors.toMap(KubernetesManifestsTest::name, d -> d));
            assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(DEPLOYABLES);
            for (String deployable : DEPLOYABLES) {
                JsonNode container = deployments.get(deployable).at("/spec/template/spec/containers/0");
                Set<String> given = new TreeSet<>();
                container.get("env").forEach(e -> given.add(e.get("name").asText()));
                Set<String> read = variablesRead(deployable);
                assertThat(given)
                        .as("%s in %s sets every variable it reads", deployable, overlay)
                        .containsAll(read);
                // Anything else must be a variable Quarkus or the Kafka clients map onto their own properties.
                assertThat(given.stream().filter(v -> !read.contains(v)))
                        .as("%s in %s sets only what something reads", deployable, overlay)
                        .allMatch(v -> v.startsWith("QUARKUS_")
                                || v.startsWith("KAFKA_")
                                || v.equals("UPPDRAG_PORTAL_LOGIN_ORIGIN"));
                assertThat(container.at("/ports/0/containerPort").asInt())
                        .isEqualTo(Integer.parseInt(configuration(deployable).getProperty("quarkus.http.port")));
            }
        }
    }

    @Test
    void production_runs_two_or_more_of_everything_with_probes_limits_and_graceful_shutdown() throws IOException {
        List<JsonNode> prod = render("prod");
        for (JsonNode deployment : byKind(prod, "Deployment")) {
            String name = name(deployment);
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            assertThat(deployment.at("/spec/replicas").asInt()).as(name).isGreaterThanOrEqualTo(2);
            assertThat(container.get("image").asText()).as(name).isEqualTo("ghcr.io/uppdrag/" + name + ":1.0.0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.at("/resources/requests/memory").isMissingNode())
                    .isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
            assertThat(container.at("/lifecycle/preStop").isMissingNode())
                    .as(name)
                    .isFalse();
            assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).isGreaterThan(25);
        }
        assertThat(byKind(prod, "HorizontalPodAutoscaler"))
                .hasSize(DEPLOYABLES.size())
                .allSatisfy(h -> assertThat(h.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2));
        assertThat(byKind(prod, "PodDisruptionBudget")).hasSize(DEPLOYABLES.size());
        assertThat(byKind(prod, "Cluster"))
                .hasSize(SERVICES.size() + 1)
                .allSatisfy(c -> assertThat(c.at("/spec/instances").asInt()).isEqualTo(3));
        assertThat(byKind(prod, "KafkaNodePool").get(0).at("/spec/replicas").asInt())
                .isEqualTo(3);
        assertThat(byKind(prod, "Secret"))
                .as("secrets are the installation's, never in the manifests")
                .isEmpty();
    }

    @Test
    void images_are_named_as_compose_builds_them() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (JsonNode deployment : byKind(render("dev"), "Deployment")) {
            String name = name(deployment);
            assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                    .isEqualTo("uppdrag/" + name + ":dev");
            assertThat(services.get(name).get("image"))
                    .as("docker-compose.yml names the image of %s", name)
                    .isEqualTo("uppdrag/" + name + ":dev");
        }
    }

    @Test
    void everything_lives_in_one_namespace() throws IOException {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> all = render(overlay);
            assertThat(byKind(all, "Namespace"))
                    .singleElement()
                    .satisfies(n -> assertThat(name(n)).isEqualTo(NAMESPACE));
            assertThat(all.stream().filter(r -> !r.get("kind").asText().equals("Namespace")))
                    .allSatisfy(r -> assertThat(r.at("/metadata/namespace").asText())
                            .as(name(r))
                            .isEqualTo(NAMESPACE));
        }
    }

    @Test
    void the_production_realm_is_the_local_realm_without_its_demo_users() throws IOException {
        ObjectNode local = (ObjectNode)
                JSON.readTree(ROOT.resolve("deploy/keycloak/uppdrag-realm.json").toFile());
        JsonNode prod = realm(render("prod"));
        JsonNode dev = realm(render("dev"));

        assertThat(prod.has("users")).isFalse();
        assertThat(dev.get("users")).isEqualTo(local.get("users"));
        // The portal client's secret and address are the installation's, from the "portal" secret.
        ObjectNode expected = local.deepCopy();
        expected.remove("users");
        for (JsonNode client : expected.get("clients")) {
            if (client.get("clientId").asText().equals("uppdrag-portal")) {
                ObjectNode portal = (ObjectNode) client;
                portal.put("secret", "${PORTAL_CLIENT_SECRET}");
                portal.set("redirectUris", JSON.createArrayNode().add("${PORTAL_URL}/*"));
                ((ObjectNode) portal.get("attributes")).put("post.logout.redirect.uris", "${PORTAL_URL}/*");
                portal.put("description", prodClient(prod).get("description").asText());
            }
        }
        assertThat(prod).isEqualTo(expected);
        ObjectNode devWithoutUsers = dev.deepCopy();
        devWithoutUsers.remove("users");
        assertThat(devWithoutUsers).isEqualTo(prod);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static JsonNode realm(List<JsonNode> resources) {
        return byKind(resources, "KeycloakRealmImport").get(0).at("/spec/realm");
    }

    private static JsonNode prodClient(JsonNode realm) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals("uppdrag-portal")) {
                return client;
            }
        }
        throw new AssertionError("no portal client");
    }

    /** What {@code kubectl kustomize} renders for an overlay, one JSON tree per resource. */
    static synchronized List<JsonNode> render(String overlay) throws IOException {
        List<JsonNode> rendered = RENDERED.get(overlay);
        if (rendered == null) {
            Process kubectl;
            try {
                kubectl = new ProcessBuilder(
                                "kubectl",
                                "kustomize",
                                K8S.resolve("overlays").resolve(overlay).toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("kubectl is needed to render the manifests (Debian: kubectl)", e);
            }
            String yaml;
            try (InputStream out = kubectl.getInputStream()) {
                yaml = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            try {
                if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + overlay + " failed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            rendered = new ArrayList<>();
            for (Object document : new Yaml().loadAll(yaml)) {
                if (document != null) {
                    rendered.add(JSON.valueToTree(document));
                }
            }
            RENDERED.put(overlay, rendered);
        }
        return rendered;
    }

    static List<JsonNode> byKind(List<JsonNode> resources, String kind) {
        return resources.stream()
                .filter(r -> r.get("kind").asText().equals(kind))
                .toList();
    }

    static String name(JsonNode resource) {
        return resource.at("/metadata/name").asText();
    }

    /** apiVersion/kind → the schema of that served version, made strict. */
    static synchronized Map<String, JsonSchema> crdSchemas() throws IOException {
        if (crdSchemas == null) {
            Map<String, JsonSchema> schemas = new LinkedHashMap<>();
            List<Path> files = new ArrayList<>();
            try (Stream<Path> checkedIn = Files.list(K8S.resolve("crds"))) {
                checkedIn.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
            }
            Path strimzi = Path.of(System.getProperty("strimzi.crds", "target/strimzi-crds"));
            try (Stream<Path> generated = Files.list(strimzi)) {
                generated.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(16 * 1024 * 1024);
            options.setNestingDepthLimit(500);
            for (Path file : files) {
                for (Object document : new Yaml(options).loadAll(Files.readString(file))) {
                    JsonNode crd = JSON.valueToTree(document);
                    if (crd == null
                            || !"CustomResourceDefinition"
                                    .equals(crd.path("kind").asText())) {
                        continue;
                    }
                    String group = crd.at("/spec/group").asText();
                    String kind = crd.at("/spec/names/kind").asText();
                    for (JsonNode version : crd.at("/spec/versions")) {
                        ObjectNode schema = (ObjectNode)
                                strict(version.at("/schema/openAPIV3Schema").deepCopy());
                        // Every resource has these, whether or not its CRD's schema names them.
                        ObjectNode root = (ObjectNode) schema.get("properties");
                        root.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
                        root.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
                        root.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
                        schemas.put(group + "/" + version.get("name").asText() + "/" + kind, factory.getSchema(schema));
                    }
                }
            }
            crdSchemas = schemas;
        }
        return crdSchemas;
    }

    /**
     * An OpenAPI v3 structural schema as JSON Schema that refuses what the CRD does not define: objects with
     * properties allow no others unless they preserve unknown fields; int-or-string and nullable as Kubernetes reads
     * them; Kubernetes' own extensions and formats dropped (they restrict nothing the validator knows).
     */
    static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean preserve =
                    object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (object.path("x-kubernetes-int-or-string").asBoolean(false)) {
                object.remove("type");
                object.set(
                        "anyOf",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode().put("type", "integer"))
                                .add(JSON.createObjectNode().put("type", "string")));
            }
            if (object.path("nullable").asBoolean(false) && object.has("type")) {
                object.set(
                        "type",
                        JSON.createArrayNode().add(object.get("type").asText()).add("null"));
            }
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.startsWith("x-kubernetes-") || name.equals("nullable") || name.equals("format")) {
                    names.remove();
                }
            }
            if (object.has("properties") && !object.has("additionalProperties") && !preserve) {
                object.put("additionalProperties", false);
            }
            if (object.has("properties")) {
                object.get("properties").properties().forEach(e -> strict(e.getValue()));
            }
            for (String child : List.of("items", "additionalProperties")) {
                if (object.get(child) instanceof ObjectNode) {
                    strict(object.get(child));
                }
            }
            for (String combination : List.of("anyOf", "allOf", "oneOf")) {
                if (object.get(combination) instanceof ArrayNode alternatives) {
                    alternatives.forEach(KubernetesManifestsTest::strict);
                }
            }
        }
        return node;
    }

    /**
     * The API model keeps what it does not know in "additional properties" instead of refusing it; any found
     * anywhere in the object is a field Kubernetes does not have.
     */
    static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown " + extra.keySet());
                }
            } else {
                unknownFields(child, path + "." + getter.getName().substring(3), problems);
            }
        }
    }

    private static Properties configuration(String deployable) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(
                ROOT.resolve("services/" + deployable + "/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** The values of {@code mp.messaging.incoming.<channel>.<attribute>} over the service's channels. */
    private static Set<String> incoming(Properties config, String attribute) {
        Pattern key = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\." + Pattern.quote(attribute));
        return config.stringPropertyNames().stream()
                .filter(k -> key.matcher(k).matches())
                .map(config::getProperty)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The environment variables a deployable's configuration refers to ({@code ${NAME:default}}), the shared modules'
     * (platform's, and platform-mail's where it mails) too.
     */
    private static Set<String> variablesRead(String deployable) throws IOException {
        Set<String> names = new TreeSet<>(
                variables(ROOT.resolve("services/" + deployable + "/src/main/resources/application.properties")));
        if (!deployable.equals("portal")) {
            names.addAll(variables(
                    ROOT.resolve("services/platform/src/main/resources/META-INF/microprofile-config.properties")));
        }
        if (Files.readString(ROOT.resolve("services/" + deployable + "/pom.xml"))
                .contains("<artifactId>platform-mail<")) {
            names.addAll(variables(
                    ROOT.resolve("services/platform-mail/src/main/resources/META-INF/microprofile-config.properties")));
        }
        return names;
    }

    private static Set<String> variables(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
