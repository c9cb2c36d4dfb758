package se.uppdrag.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A built service's command line as deploy/local/up runs it, for the system tests, the fault harness and the
 * benchmarks: its jar ({@code services/<name>/target/quarkus-app}) on the newest installed JDK (25 when there is one,
 * else the JVM running this), with {@code deploy/service-jvm.options}, and on JDK 25 the service's AOT cache when one
 * is current (deploy/local/up trains it). glibc keeps two malloc arenas, not one per thread.
 */
public final class ServiceLaunch {

    private static final Path JVMS = Path.of("/usr/lib/jvm");

    private ServiceLaunch() {}

    /**
     * The process to start: the service's output is the caller's to redirect; {@code jvmOptions} come after the shared
     * ones (and so override them).
     */
    public static ProcessBuilder of(Path root, String service, String... jvmOptions) {
        Path app = root.resolve("services").resolve(service).resolve("target/quarkus-app");
        Path jar = app.resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify builds them "
                    + "before the system tests)");
        }
        Path javaHome = newestJdk25().orElse(Path.of(System.getProperty("java.home")));
        List<String> command = new ArrayList<>(
                List.of(javaHome.resolve("bin/java").toString(), "@" + root.resolve("deploy/service-jvm.options")));
        command.addAll(List.of(jvmOptions));
        if (featureVersion(javaHome) >= 25) {
            Path cache = app.resolve("app.aot");
            if (isCurrent(cache, app)) {
                command.add("-XX:AOTCache=" + cache);
            }
            command.add("-Xlog:aot*=error,cds*=error");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder;
    }

    /** The Java version a process started by {@link #of} runs on. */
    public static int javaVersion() {
        return featureVersion(newestJdk25().orElse(Path.of(System.getProperty("java.home"))));
    }

    private static Optional<Path> newestJdk25() {
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(JVMS)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && featureVersion(home) >= 25)
                    .max(Comparator.comparingInt(ServiceLaunch::featureVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** JAVA_VERSION="25.0.3" in the JDK's release file; 0 when it cannot be read. */
    private static int featureVersion(Path javaHome) {
        try (Stream<String> lines = Files.lines(javaHome.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .findFirst()
                    .map(line -> line.substring("JAVA_VERSION=".length())
                            .replace("\"", "")
                            .split("[.+-]")[0])
                    .map(Integer::parseInt)
                    .orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The cache exists and is newer than every file of the build (the JVM refuses one whose class path changed). */
    private static boolean isCurrent(Path cache, Path app) {
        if (!Files.exists(cache)) {
            return false;
        }
        long made = cache.toFile().lastModified();
        try (Stream<Path> files = Files.walk(app)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("app.aot"))
                    .noneMatch(f -> f.toFile().lastModified() > made);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
