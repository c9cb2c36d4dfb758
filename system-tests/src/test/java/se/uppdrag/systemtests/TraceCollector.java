package se.uppdrag.systemtests;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the services the tests run send their traces: an OTLP/HTTP endpoint on loopback that takes every export and
 * counts it, standing in for an OpenTelemetry collector (the tests read the trace itself off the Kafka headers).
 */
final class TraceCollector {

    private static TraceCollector running;

    private final HttpServer server;
    private final AtomicInteger exports = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static synchronized TraceCollector get() {
        if (running == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                TraceCollector collector = new TraceCollector(server);
                server.createContext("/v1/traces", exchange -> {
                    try (InputStream body = exchange.getRequestBody()) {
                        collector.bytes.addAndGet(body.readAllBytes().length);
                    }
                    collector.exports.incrementAndGet();
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                // Left running until the JVM ends, so the services stopping at its end can still export.
                server.start();
                running = collector;
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the trace collector", e);
            }
        }
        return running;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int exports() {
        return exports.get();
    }

    long bytes() {
        return bytes.get();
    }
}
