package se.uppdrag.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL database per test suite on the machine's server. Where it is and who may create databases
 * comes from the environment (UPPDRAG_TEST_PG_HOST, _PORT, _USER, _PASSWORD); the defaults are what .ci/run sets up.
 */
public final class TestDatabase {

    public static final String HOST = env("UPPDRAG_TEST_PG_HOST", "127.0.0.1");
    public static final String PORT = env("UPPDRAG_TEST_PG_PORT", "5432");
    public static final String USER = env("UPPDRAG_TEST_PG_USER", "uppdrag_test");
    public static final String PASSWORD = env("UPPDRAG_TEST_PG_PASSWORD", "uppdrag_test");

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    public static TestDatabase create(String prefix) {
        String name = (prefix + "_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                        + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36))
                .toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return url(name);
    }

    public void drop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + HOST + ":" + PORT + " as " + USER
                            + " cannot run '" + sql
                            + "'. Is the server running and the role present? (.ci/run sets it up): "
                            + e.getMessage(),
                    e);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
