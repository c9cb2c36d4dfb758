package se.uppdrag.peppolreceiver;

import com.helger.base.io.iface.IHasInputStream;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.IMimeType;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.crypto.IAS4CryptoFactory;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4ResponseAbstraction;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.IPMode;
import com.helger.phase4.model.pmode.resolve.AS4DefaultPModeResolver;
import com.helger.phase4.profile.peppol.AS4PeppolProfileRegistarSPI;
import com.helger.scope.mgr.ScopeManager;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A buyer's Peppol access point for local runs and tests: phase4's AS4 receiving side (the same library the invoicing
 * service sends with) behind the JDK's HTTP server at {@code /as4}. It accepts only messages signed with a
 * certificate of the {@link TestPki}'s CA, answers with a signed receipt, and keeps each business document once, by
 * its SBDH instance identifier, as a file in its store: a document sent again (a sender's retry after a lost receipt,
 * before or after this access point restarted) is acknowledged and not kept twice. {@code GET /received} lists what
 * came as JSON, {@code GET /} as a page, {@code GET /received/{instance}} gives one document.
 */
public final class LocalAccessPoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalAccessPoint.class.getName());
    private static final String SBDH = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";

    /** One business document as received: who sent it to whom, what it is, and when it came (first). */
    public record Received(
            String instanceIdentifier,
            String messageId,
            String sender,
            String receiver,
            String documentType,
            Instant receivedAt,
            int bytes) {}

    private final HttpServer server;
    private final IAS4CryptoFactory crypto;
    private final Path store;
    private final Map<String, Received> received = new LinkedHashMap<>();

    private LocalAccessPoint(HttpServer server, IAS4CryptoFactory crypto, Path store) {
        this.server = server;
        this.crypto = crypto;
        this.store = store;
    }

    /** Listens on the port (0: any free one) of the loopback address, keeping documents in the store directory. */
    public static LocalAccessPoint start(int port, TestPki pki, Path store)
            throws IOException, GeneralSecurityException {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), pki, store);
    }

    public static LocalAccessPoint start(InetSocketAddress address, TestPki pki, Path store)
            throws IOException, GeneralSecurityException {
        beginGlobalScope();
        Files.createDirectories(store);
        IAS4CryptoFactory crypto = new AS4CryptoFactoryInMemoryKeyStore(
                pki.load(pki.receiverKeyStore()), TestPki.ALIAS, pki.password(), pki.load(pki.trustStore()));
        HttpServer server = HttpServer.create(address, 0);
        LocalAccessPoint accessPoint = new LocalAccessPoint(server, crypto, store);
        accessPoint.loadStore();
        server.createContext("/as4", accessPoint::as4);
        server.createContext("/received", accessPoint::document);
        server.createContext("/", accessPoint::page);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return accessPoint;
    }

    /** phase4 keeps its managers in a global scope; one per JVM, shared with a sender in the same JVM (tests). */
    static synchronized void beginGlobalScope() {
        if (ScopeManager.getGlobalScopeOrNull() == null) {
            ScopeManager.onGlobalBegin("uppdrag-peppol");
        }
        // phase4 and JAXB ask for a TransformerFactory per message; unnamed, each ask scans the class path for one.
        if (System.getProperty("javax.xml.transform.TransformerFactory") == null) {
            System.setProperty(
                    "javax.xml.transform.TransformerFactory",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where senders deliver: the AS4 endpoint's URL. */
    public String endpointUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port() + "/as4";
    }

    public synchronized List<Received> received() {
        return List.copyOf(received.values());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void as4(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "AS4 messages are POSTed".getBytes(StandardCharsets.UTF_8));
            return;
        }
        HttpHeaderMap headers = new HttpHeaderMap();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.addHeader(name, v)));
        AS4IncomingMessageMetadata metadata = AS4IncomingMessageMetadata.createForRequest()
                .setRemoteAddr(exchange.getRemoteAddress().getAddress().getHostAddress())
                .setRemotePort(exchange.getRemoteAddress().getPort())
                .setHttpHeaders(headers);
        Answer answer = new Answer();
        try (AS4RequestHandler handler = new AS4RequestHandler(metadata)) {
            handler.setCryptoFactory(crypto);
            handler.setPModeResolver(new AS4DefaultPModeResolver(AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID));
            handler.setIncomingProfileSelector(
                    new AS4IncomingProfileSelectorConstant(AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID, true));
            handler.setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE);
            handler.setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance());
            handler.setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration());
            handler.setProcessorSupplier(() -> new CommonsArrayList<>(new Keeper()));
            handler.handleRequest(exchange.getRequestBody(), headers, answer);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not handle an AS4 message from " + exchange.getRemoteAddress(), e);
            answer.status = 500;
            answer.content = ("Could not handle the AS4 message: " + e.getMessage()).getBytes(StandardCharsets.UTF_8);
            answer.type = "text/plain";
        }
        answer.headers.forEachSingleHeader(
                (name, value) -> exchange.getResponseHeaders().add(name, value), false);
        respond(exchange, answer.status, answer.type, answer.content);
    }

    /** Keeps a user message's business document, once per instance identifier. */
    private final class Keeper implements IAS4IncomingMessageProcessorSPI {

        @Override
        public AS4MessageProcessorResult processAS4UserMessage(
                IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers,
                Ebms3UserMessage message,
                IPMode mode,
                Node payload,
                ICommonsList<WSS4JAttachment> attachments,
                IAS4IncomingMessageState state,
                AS4ErrorList errors) {
            if (attachments == null || attachments.size() != 1) {
                return AS4MessageProcessorResult.createFailure();
            }
            try (InputStream in = attachments.get(0).getSourceStream()) {
                keep(message.getMessageInfo().getMessageId(), in.readAllBytes());
                return AS4MessageProcessorResult.createSuccess();
            } catch (IOException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Could not keep the document of AS4 message "
                                + message.getMessageInfo().getMessageId(),
                        e);
                return AS4MessageProcessorResult.createFailure();
            }
        }

        @Override
        public AS4SignalMessageProcessorResult processAS4SignalMessage(
                IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers,
                Ebms3SignalMessage message,
                IPMode mode,
                IAS4IncomingMessageState state,
                AS4ErrorList errors) {
            return AS4SignalMessageProcessorResult.createSuccess();
        }

        @Override
        public void processAS4ResponseMessage(
                IAS4IncomingMessageMetadata metadata,
                IAS4IncomingMessageState state,
                String responseMessageId,
                byte[] response,
                boolean responsePayloadIsAvailable,
                AS4ErrorList errors) {
            // A receiver only: it sends no messages whose responses would come here.
        }
    }

    private synchronized void keep(String messageId, byte[] document) throws IOException {
        Received header = read(messageId, document, Instant.now());
        if (received.containsKey(header.instanceIdentifier())) {
            LOG.info(
                    "Already have " + header.instanceIdentifier() + " (message " + messageId + "): acknowledged again");
            return;
        }
        Files.write(file(header.instanceIdentifier()), document);
        received.put(header.instanceIdentifier(), header);
        LOG.info("Received " + header.documentType() + " " + header.instanceIdentifier() + " from " + header.sender()
                + " to " + header.receiver());
    }

    private void loadStore() throws IOException {
        try (var files = Files.list(store)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                byte[] document = Files.readAllBytes(file);
                Received header =
                        read(null, document, Files.getLastModifiedTime(file).toInstant());
                received.put(header.instanceIdentifier(), header);
            }
        }
    }

    private Path file(String instanceIdentifier) {
        return store.resolve(instanceIdentifier.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml");
    }

    /** The standard business document header's facts. */
    static Received read(String messageId, byte[] document, Instant at) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document sbd = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
            return new Received(
                    text(sbd, "InstanceIdentifier"),
                    messageId,
                    identifier(sbd, "Sender"),
                    identifier(sbd, "Receiver"),
                    text(sbd, "Type"),
                    at,
                    document.length);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a standard business document: " + e.getMessage(), e);
        }
    }

    private static String identifier(Document sbd, String party) {
        Element element = (Element) sbd.getElementsByTagNameNS(SBDH, party).item(0);
        Element identifier =
                (Element) element.getElementsByTagNameNS(SBDH, "Identifier").item(0);
        return identifier.getTextContent().trim();
    }

    private static String text(Document sbd, String name) {
        NodeList nodes = sbd.getElementsByTagNameNS(SBDH, name);
        if (nodes.getLength() == 0) {
            throw new IllegalArgumentException("no " + name);
        }
        return nodes.item(0).getTextContent().trim();
    }

    private void document(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/received") || path.equals("/received/")) {
            respond(exchange, 200, "application/json", json().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String instance = path.substring("/received/".length());
        boolean known;
        synchronized (this) {
            known = received.containsKey(instance);
        }
        if (!known) {
            respond(exchange, 404, "text/plain", "No such document".getBytes(StandardCharsets.UTF_8));
            return;
        }
        respond(exchange, 200, "application/xml", Files.readAllBytes(file(instance)));
    }

    private void page(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<title>Local Peppol access point</title><h1>Received over Peppol AS4</h1>"
                + "<p>The buyers' side for local runs: AS4 endpoint <code>/as4</code>.</p><table>"
                + "<tr><th>Received</th><th>Document</th><th>From</th><th>To</th></tr>");
        for (Received r : received()) {
            html.append("<tr><td>")
                    .append(r.receivedAt())
                    .append("</td><td><a href=\"/received/")
                    .append(escape(r.instanceIdentifier()))
                    .append("\">")
                    .append(escape(r.documentType()))
                    .append(" ")
                    .append(escape(r.instanceIdentifier()))
                    .append("</a></td><td>")
                    .append(escape(r.sender()))
                    .append("</td><td>")
                    .append(escape(r.receiver()))
                    .append("</td></tr>");
        }
        html.append("</table></html>");
        respond(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String json() {
        List<String> items = new ArrayList<>();
        for (Received r : received()) {
            items.add("{\"instanceIdentifier\":" + quote(r.instanceIdentifier()) + ",\"messageId\":"
                    + quote(r.messageId()) + ",\"sender\":" + quote(r.sender()) + ",\"receiver\":"
                    + quote(r.receiver()) + ",\"documentType\":" + quote(r.documentType()) + ",\"receivedAt\":"
                    + quote(r.receivedAt().toString()) + ",\"bytes\":" + r.bytes() + "}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** What phase4's handler answers, written to the exchange once it is done. */
    private static final class Answer implements IAS4ResponseAbstraction {
        int status = 200;
        byte[] content = new byte[0];
        String type = "application/soap+xml";
        final HttpHeaderMap headers = new HttpHeaderMap();

        @Override
        public void setContent(byte[] bytes, Charset charset) {
            content = bytes;
        }

        @Override
        public void setContent(HttpHeaderMap headerMap, IHasInputStream body) {
            headers.addAllHeaders(headerMap);
            try (InputStream in = body.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("Could not read the AS4 answer", e);
            }
        }

        @Override
        public void setMimeType(IMimeType mimeType) {
            type = mimeType.getAsString();
        }

        @Override
        public void setStatus(int status) {
            this.status = status;
        }
    }
}
