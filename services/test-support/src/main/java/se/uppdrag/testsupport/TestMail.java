package se.uppdrag.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) inside the test JVM, started once and shared by every test suite of the run, and
 * ways to read what it received: the mails to one address, their parts, the calendar object one carries.
 */
public final class TestMail {

    private static GreenMail server;
    private static int port;
    private static boolean down;

    private TestMail() {}

    public static synchronized int smtpPort() {
        if (server == null) {
            server = started(0);
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(), "test-mail-stop"));
        }
        return port;
    }

    private static GreenMail started(int onPort) {
        GreenMail mail = new GreenMail(new ServerSetup(onPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** An outage: the server goes away, and a sender is refused a connection until {@link #start}. */
    public static synchronized void stop() {
        smtpPort();
        server.stop();
        down = true;
    }

    /** Back on the same port after {@link #stop} (what it received before is forgotten). */
    public static synchronized void start() {
        if (down) {
            server = started(port);
            down = false;
        }
    }

    /** Every mail received so far addressed to {@code address}, oldest first. */
    public static synchronized List<MimeMessage> to(String address) {
        smtpPort();
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : server.getReceivedMessages()) {
            try {
                if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a ->
                                a.toString().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT)))) {
                    mails.add(mail);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** Waits until {@code address} has received {@code count} mails (at most 20 s) and answers them. */
    public static List<MimeMessage> awaitTo(String address, int count) {
        Awaitility.await("mail to " + address)
                .atMost(Duration.ofSeconds(20))
                .until(() -> to(address).size() >= count);
        return to(address);
    }

    public static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sender as a reader sees it: the name decoded, then the address in angle brackets. */
    public static String from(MimeMessage mail) {
        try {
            InternetAddress sender = (InternetAddress) mail.getFrom()[0];
            return sender.getPersonal() + " <" + sender.getAddress() + ">";
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of the mail with this MIME type (text/plain, text/html, text/calendar), as text. */
    public static Optional<String> part(MimeMessage mail, String mimeType) {
        try {
            return find(mail, mimeType);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full MIME type of the calendar part, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}. */
    public static Optional<String> calendarType(MimeMessage mail) {
        try {
            return findType(mail, "text/calendar");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar object the mail carries, parsed. */
    public static Calendar calendar(MimeMessage mail) {
        String ics = part(mail, "text/calendar").orElseThrow(() -> new AssertionError("no text/calendar part"));
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("the calendar part does not parse: " + e.getMessage() + "\n" + ics, e);
        }
    }

    private static Optional<String> find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            Object content = part.getContent();
            if (content instanceof String text) {
                return Optional.of(text);
            }
            try (InputStream in = part.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> findType(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return Optional.of(part.getContentType());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = findType(multipart.getBodyPart(i), mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
