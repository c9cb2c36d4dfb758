package se.uppdrag.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine's PostgreSQL cluster (Debian's pg_ctlcluster), stopped and started as an outage would. */
final class PostgresCluster {

    private PostgresCluster() {}

    /** Stops at once, as a crash would: no checkpoint, clients cut off mid-transaction. */
    static void stopImmediately() {
        run("stop", "-m", "immediate");
    }

    static void start() {
        run("start");
    }

    private static void run(String action, String... options) {
        String[] cluster = firstCluster();
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.addAll(List.of("pg_ctlcluster", cluster[0], cluster[1], action));
        command.addAll(List.of(options));
        String output = exec(command);
        if (output == null) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static String[] firstCluster() {
        String output = exec(List.of("pg_lsclusters", "--no-header"));
        if (output == null || output.isBlank()) {
            throw new IllegalStateException("no PostgreSQL cluster found with pg_lsclusters");
        }
        String[] fields = output.lines().findFirst().orElseThrow().trim().split("\\s+");
        return new String[] {fields[0], fields[1]};
    }

    /** The command's output, or null if it failed. */
    private static String exec(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                System.err.println(String.join(" ", command) + ": " + output);
                return null;
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
