package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.Topics;

/**
 * docker-compose.yml cannot run here (no container engine), so its structure is checked against what does run:
 * deploy/local, the services' own configuration and the public surface the README fixes (ports, topics, realm).
 */
class DeploymentDescriptorsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The ports the README fixes. */
    private static final Map<String, Integer> SERVICE_PORTS =
            Map.of("catalogue", 8081, "partner-agreement", 8082, "enrolment", 8083, "invoicing", 8084);
    /** The portal: no database, no Kafka; it calls the four services. */
    private static final int PORTAL_PORT = 8080;

    private static final List<String> ALL_TOPICS = List.of(
            Topics.CATALOGUE_OFFERINGS,
            Topics.PARTNER_AGREEMENTS,
            Topics.ENROLMENT_ENROLMENTS,
            Topics.INVOICING_INVOICES);

    @Test
    void compose_runs_the_infrastructure_on_the_fixed_ports() throws IOException {
        Map<String, Map<String, Object>> services = composeServices();

        assertThat(ports(services.get("postgres"))).contains("5432:5432");
        assertThat(ports(services.get("kafka"))).contains("9092:9092");
        assertThat(ports(services.get("keycloak"))).contains("8180:8180");
        assertThat(services.get("keycloak").get("volumes").toString())
                .contains("./deploy/keycloak:/opt/keycloak/data/import");
        assertThat(services.get("postgres").get("volumes").toString()).contains("./deploy/postgres/init.sql");
    }

    @Test
    void compose_and_deploy_local_run_every_service_that_exists_on_its_port() throws IOException {
        Map<String, Map<String, Object>> compose = composeServices();
        String lib = uncommented(ROOT.resolve("deploy/local/lib.sh"));

        assertThat(applicationModules())
                .containsExactlyInAnyOrder("catalogue", "partner-agreement", "enrolment", "invoicing", "portal");
        for (String service : applicationModules()) {
            int port = service.equals("portal") ? PORTAL_PORT : SERVICE_PORTS.get(service);
            assertThat(compose).as("docker-compose.yml runs %s", service).containsKey(service);
            assertThat(ports(compose.get(service))).contains(port + ":" + port);
            assertThat(shellArray(lib, "SERVICES"))
                    .as("deploy/local/lib.sh SERVICES")
                    .contains(service);
            assertThat(lib).contains("[" + service + "]=" + port);
            Path config = ROOT.resolve("services/" + service + "/src/main/resources/application.properties");
            assertThat(uncommented(config)).contains("quarkus.http.port=" + port);
            String environment = compose.get(service).get("environment").toString();
            assertThat(environment).contains("UPPDRAG_OIDC_URL=");
            if (service.equals("portal")) {
                for (var other : SERVICE_PORTS.entrySet()) {
                    String variable =
                            "UPPDRAG_" + other.getKey().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
                    assertThat(environment).contains(variable + "=http://" + other.getKey() + ":" + other.getValue());
                    assertThat(uncommented(config))
                            .contains("${" + variable + ":http://localhost:" + other.getValue() + "}");
                }
            } else {
                assertThat(environment).contains("KAFKA_BOOTSTRAP_SERVERS=kafka:29092");
            }
        }
    }

    @Test
    void both_create_every_topic_and_its_dead_letter_twin() throws IOException {
        String lib = uncommented(ROOT.resolve("deploy/local/lib.sh"));
        String composeTopics =
                composeServices().get("kafka-topics").get("command").toString();
        String composeBroker = composeServices().get("kafka").get("environment").toString();

        assertThat(shellArray(lib, "TOPICS")).containsExactlyInAnyOrderElementsOf(ALL_TOPICS);
        for (String topic : ALL_TOPICS) {
            assertThat(composeTopics).contains(topic);
        }
        assertThat(composeTopics).contains("$$t.dlq").contains("--partitions " + Topics.PARTITIONS + " ");
        String up = uncommented(ROOT.resolve("deploy/local/up"));
        assertThat(up).contains("\"$topic.dlq\"").contains("--partitions " + Topics.PARTITIONS + " ");
        assertThat(uncommented(ROOT.resolve("deploy/local/kafka/server.properties")))
                .contains("num.partitions=" + Topics.PARTITIONS + "\n");
        assertThat(composeBroker).contains("KAFKA_NUM_PARTITIONS=" + Topics.PARTITIONS + ",");
    }

    @Test
    void the_brokers_we_start_admit_the_consumer_session_the_services_are_given() throws IOException {
        Properties local = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve("deploy/local/kafka/server.properties"))) {
            local.load(in);
        }
        Map<String, Map<String, Object>> compose = composeServices();
        // A broker refuses a consumer whose session is shorter than its least (6 s unless set): nothing is consumed.
        int localLeast = Integer.parseInt(local.getProperty("group.min.session.timeout.ms", "6000"));
        Matcher exported = Pattern.compile("(?m)^export UPPDRAG_CONSUMER_SESSION_TIMEOUT_MS=(\\d+)$")
                .matcher(uncommented(ROOT.resolve("deploy/local/up")));
        assertThat(exported.find())
                .as("deploy/local/up sets the consumers' session")
                .isTrue();
        assertThat(Integer.parseInt(exported.group(1)))
                .isGreaterThanOrEqualTo(localLeast)
                .isLessThan(6000);

        Object composeLeast =
                ((Map<?, ?>) compose.get("kafka").get("environment")).get("KAFKA_GROUP_MIN_SESSION_TIMEOUT_MS");
        assertThat(composeLeast)
                .as("docker-compose.yml kafka KAFKA_GROUP_MIN_SESSION_TIMEOUT_MS")
                .isNotNull();
        for (String service : SERVICE_PORTS.keySet()) {
            Object session =
                    ((Map<?, ?>) compose.get(service).get("environment")).get("UPPDRAG_CONSUMER_SESSION_TIMEOUT_MS");
            assertThat(session)
                    .as("docker-compose.yml %s UPPDRAG_CONSUMER_SESSION_TIMEOUT_MS", service)
                    .isNotNull();
            assertThat(Integer.parseInt(session.toString()))
                    .isGreaterThanOrEqualTo(Integer.parseInt(composeLeast.toString()))
                    .isLessThan(6000);
        }
    }

    @Test
    void both_give_each_service_its_own_database_and_user() throws IOException {
        String init = uncommented(ROOT.resolve("deploy/postgres/init.sql"));
        String up = uncommented(ROOT.resolve("deploy/local/up"));

        for (String service : SERVICE_PORTS.keySet()) {
            String db = service.replace('-', '_');
            assertThat(init)
                    .contains("create role " + db + " login password '" + db + "'")
                    .contains("create database " + db + " owner " + db);
        }
        assertThat(up).contains("for service in catalogue partner-agreement enrolment invoicing");
    }

    @Test
    void keycloak_versions_agree() throws IOException {
        String image = composeServices().get("keycloak").get("image").toString();
        String lib = uncommented(ROOT.resolve("deploy/local/lib.sh"));

        assertThat(lib).contains("KEYCLOAK_VERSION=" + image.substring(image.lastIndexOf(':') + 1));
    }

    @Test
    void the_realm_has_the_demo_identities_of_the_api() throws IOException {
        JsonNode realm = EventJson.mapper()
                .readTree(ROOT.resolve("deploy/keycloak/uppdrag-realm.json").toFile());
        Map<String, String[]> expected = Map.of(
                "uni.admin", new String[] {"university", "2021001231"},
                "uni.finance", new String[] {"finance", "2021001231"},
                "uni2.admin", new String[] {"university", "2021004565"},
                "uni2.finance", new String[] {"finance", "2021004565"},
                "hr.admin", new String[] {"employer", "5566778808"},
                "hr2.admin", new String[] {"employer", "2321000016"},
                "agency.hr", new String[] {"employer", "2021007899"},
                "ops", new String[] {"operator", null});

        assertThat(realm.get("realm").asText()).isEqualTo("uppdrag");
        Map<String, JsonNode> users = new HashMap<>();
        realm.get("users").forEach(u -> users.put(u.get("username").asText(), u));
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, roleAndOrg) -> {
            JsonNode user = users.get(name);
            assertThat(user.get("realmRoles").toString()).as(name).contains("\"" + roleAndOrg[0] + "\"");
            assertThat(user.at("/credentials/0/value").asText()).as(name).isEqualTo(name);
            if (roleAndOrg[1] == null) {
                assertThat(user.at("/attributes/org").isMissingNode()).as(name).isTrue();
            } else {
                assertThat(user.at("/attributes/org/0").asText()).as(name).isEqualTo(roleAndOrg[1]);
            }
        });
        JsonNode client = realm.get("clients").get(0);
        assertThat(client.get("clientId").asText()).isEqualTo("uppdrag-cli");
        assertThat(client.get("publicClient").asBoolean()).isTrue();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(client.get("protocolMappers").toString()).contains("\"claim.name\":\"org\"");
        // The portal's: confidential, code flow with PKCE only, the same org claim and audience, its own redirects.
        JsonNode portal = realm.get("clients").get(1);
        assertThat(portal.get("clientId").asText()).isEqualTo("uppdrag-portal");
        assertThat(portal.get("publicClient").asBoolean()).isFalse();
        assertThat(portal.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(portal.get("redirectUris").toString()).contains("http://localhost:8080/*");
        assertThat(portal.at("/attributes/post.logout.redirect.uris").asText()).contains("http://localhost:8080/*");
        assertThat(portal.get("protocolMappers")).isEqualTo(client.get("protocolMappers"));
        String portalConfig = uncommented(ROOT.resolve("services/portal/src/main/resources/application.properties"));
        assertThat(portalConfig)
                .contains("quarkus.oidc.client-id=uppdrag-portal")
                .contains(
                        "${UPPDRAG_PORTAL_CLIENT_SECRET:" + portal.get("secret").asText() + "}");
        // Keycloak drops user attributes its user profile does not declare.
        JsonNode profile = EventJson.mapper()
                .readTree(realm.at(
                                "/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0")
                        .asText());
        assertThat(profile.get("attributes").findValuesAsText("name")).contains("org");
    }

    /** Modules under services/ that are Quarkus applications (not the shared platform and test support). */
    private static Set<String> applicationModules() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("services"))) {
            return dirs.filter(d -> Files.exists(d.resolve("src/main/resources/application.properties")))
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> composeServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(Map<String, Object> service) {
        return service.get("ports") == null ? List.of() : (List<String>) service.get("ports");
    }

    private static List<String> shellArray(String script, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\\(([^)]*)\\)").matcher(script);
        assertThat(m.find()).as("%s=( ... ) in the script", name).isTrue();
        return new ArrayList<>(List.of(m.group(1).trim().split("\\s+")));
    }

    @Test
    void every_way_of_running_a_service_reads_the_one_jvm_configuration() throws IOException {
        String options = uncommented(ROOT.resolve("deploy/service-jvm.options"));
        assertThat(options).contains("-XX:+UseSerialGC", "-Xmx");

        assertThat(uncommented(ROOT.resolve("deploy/local/lib.sh")))
                .contains("\"@$UPPDRAG_ROOT/deploy/service-jvm.options\"");
        assertThat(uncommented(ROOT.resolve("deploy/local/up")))
                .contains("nohup \"${SERVICE_COMMAND[@]}\"")
                .doesNotContain("nohup \"$SERVICE_JAVA\"");
        String image = uncommented(ROOT.resolve("deploy/docker/Dockerfile.jvm"));
        assertThat(image)
                .contains("COPY deploy/service-jvm.options /app/jvm.options", "exec java @/app/jvm.options ")
                .doesNotContain("-Xmx");
    }

    @Test
    void a_line_that_is_commented_out_does_not_count() throws IOException {
        Path script = Files.createTempFile("descriptor", ".sh");
        try {
            Files.writeString(
                    script,
                    "#!/usr/bin/env bash\n# SERVICES=(catalogue)\n  # [portal]=8080\necho up # [enrolment]=8083\n");
            assertThat(uncommented(script))
                    .doesNotContain("catalogue", "[portal]=8080", "[enrolment]=8083")
                    .contains("echo up");
        } finally {
            Files.delete(script);
        }
    }

    /**
     * A script, SQL or properties file without its comments: a line that is commented out does not run, so it must not
     * satisfy a check. Whole-line comments go, and in scripts a comment after code (" # ...").
     */
    static String uncommented(Path file) throws IOException {
        String name = file.getFileName().toString();
        String marker = name.endsWith(".sql") ? "--" : "#";
        return Files.readAllLines(file).stream()
                .filter(line -> !line.strip().startsWith(marker))
                .map(line -> {
                    int comment = name.endsWith(".properties") ? -1 : line.indexOf(" " + marker + " ");
                    return comment >= 0 ? line.substring(0, comment) : line;
                })
                .collect(Collectors.joining("\n"));
    }
}
