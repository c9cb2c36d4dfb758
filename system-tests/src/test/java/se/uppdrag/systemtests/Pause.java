package se.uppdrag.systemtests;

import java.io.IOException;
import java.net.ServerSocket;

/** Small waits and free ports for the processes the system tests start. */
final class Pause {

    private Pause() {
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on now (the caller binds it soon after). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
