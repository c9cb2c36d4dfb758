package se.uppdrag.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at real infrastructure: the shared in-JVM Kafka broker, a database of its own on
 * the machine's PostgreSQL, and the test token key. Use with {@code @QuarkusTestResource(PlatformTestResource.class)}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        String kafka = TestKafka.bootstrapServers();
        database = TestDatabase.create("uppdrag_test");
        Map<String, String> config = new HashMap<>(TestTokens.oidcConfig());
        config.put("kafka.bootstrap.servers", kafka);
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", TestDatabase.USER);
        config.put("quarkus.datasource.password", TestDatabase.PASSWORD);
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
