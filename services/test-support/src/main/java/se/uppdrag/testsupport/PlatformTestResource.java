package se.uppdrag.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at real infrastructure: the shared in-JVM Kafka broker, a database of its own on
 * the machine's PostgreSQL, the test token key, and for a service that sends mail the in-JVM SMTP server. Use with {@code @QuarkusTestResource(PlatformTestResource.class)}.
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
        if (sendsMail()) {
            // A real SMTP server in the test JVM (the mailer's mock would hide how mails really leave).
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", Integer.toString(TestMail.smtpPort()));
        }
        return config;
    }

    private static boolean sendsMail() {
        try {
            Class.forName("io.quarkus.mailer.Mailer", false, PlatformTestResource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
