package se.uppdrag.enrolment;

import static org.awaitility.Awaitility.await;
import static se.uppdrag.enrolment.EnrolmentTestSupport.KUSTLAND;
import static se.uppdrag.enrolment.EnrolmentTestSupport.TODAY;
import static se.uppdrag.enrolment.EnrolmentTestSupport.VERKSTAD;
import static se.uppdrag.enrolment.EnrolmentTestSupport.agreement;
import static se.uppdrag.enrolment.EnrolmentTestSupport.occasion;
import static se.uppdrag.enrolment.EnrolmentTestSupport.order;
import static se.uppdrag.enrolment.EnrolmentTestSupport.participant;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.platform.mail.MailSender;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestMail;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * Figures for the closing note, not a test: {@code ./mvnw verify -pl services/enrolment -Pbenchmark
 * -Dit.test=MailSendingBenchmark}. A real seat confirmation's invitation (text, HTML and calendar, about 5 KB) copied
 * to -Dbenchmark.mails (default 2000) addresses at once, then sent by the service's sender to the SMTP server in this
 * JVM (GreenMail): mails accepted per second, after 200 as a warm-up. Sender and server share the machine's cores.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MailSendingBenchmark {

    private static final int WARM_UP = 200;

    @Inject
    TestSql sql;

    @Inject
    MailSender sender;

    @Test
    void mails_sent_per_second() {
        int mails = Integer.getInteger("benchmark.mails", 2000);
        Occasion occasion = occasion(sql, KUSTLAND, 10, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 20, true);
        String number = "B-" + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.employer(VERKSTAD))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, occasion.id(), participant(number)))
                .post("/orders")
                .then()
                .statusCode(201);
        TestMail.awaitTo(number.toLowerCase(Locale.ROOT) + "@verkstad.example", 1);
        String model = sql.string(
                "select message_id from mail_outbox where kind = 'SEAT_CONFIRMED' " + "and recipient = ?",
                number.toLowerCase(Locale.ROOT) + "@verkstad.example");

        copies(model, WARM_UP, "warm");
        awaitSent(WARM_UP + 1, Duration.ofMinutes(2));

        long started = System.nanoTime();
        copies(model, mails, "bench");
        sender.wake();
        awaitSent(WARM_UP + 1 + mails, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%nsent %d invitations (%d bytes each before MIME) to the in-JVM SMTP server in %.1f s: %.0f mails/s"
                        + " (%d cores)%n",
                mails,
                sql.count(
                        "select length(text_body) + length(html_body) + length(calendar) from mail_outbox "
                                + "where message_id = ?",
                        model),
                seconds,
                mails / seconds,
                Runtime.getRuntime().availableProcessors());
    }

    /** The model mail recorded again for {@code count} recipients, due now, as one transaction of changes would. */
    private void copies(String model, int count, String prefix) {
        sql.update(
                "insert into mail_outbox (id, message_id, kind, about, recipient, sender_name, subject, text_body,"
                        + " html_body, calendar, calendar_method, status, attempts, next_attempt_at, created_at)"
                        + " select gen_random_uuid(), '<' || gen_random_uuid() || '@uppdrag.localhost>', kind, about,"
                        + " ? || i || '@bench.example', sender_name, subject, text_body, html_body, calendar,"
                        + " calendar_method, 'PENDING', 0, now(), now()"
                        + " from mail_outbox, generate_series(1, ?) i where message_id = ?",
                prefix + "-",
                count,
                model);
        sender.wake();
    }

    private void awaitSent(int count, Duration patience) {
        await().atMost(patience)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> sql.count("select count(*) from mail_outbox where status = 'SENT' and "
                                + "(recipient like '%@bench.example' or kind = 'SEAT_CONFIRMED')")
                        >= count);
    }
}
