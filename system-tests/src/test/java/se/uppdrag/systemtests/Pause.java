package se.uppdrag.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Small waits and free ports for the processes the system tests start. */
final class Pause {

    /** Ports from here up to the kernel's ephemeral range are only ever taken by a listener that asks for one. */
    private static final int LOWEST_PORT = 20_000;

    private Pause() {}

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A port nothing listens on now (the caller binds it soon after), below the kernel's ephemeral range. A port from
     * that range can be handed to an outgoing connection while a killed service is down, and its restart on the same
     * port then fails: the fault harness saw it.
     */
    static int freePort() throws IOException {
        int ephemeralLow = ephemeralRangeStart();
        if (ephemeralLow <= LOWEST_PORT + 100) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_PORT, ephemeralLow);
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between " + LOWEST_PORT + " and " + ephemeralLow);
    }

    private static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .trim()
                    .split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default
        }
    }
}
