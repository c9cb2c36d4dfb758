package se.uppdrag.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.uppdrag.enrolment.EnrolmentTestSupport.KUSTLAND;
import static se.uppdrag.enrolment.EnrolmentTestSupport.TODAY;
import static se.uppdrag.enrolment.EnrolmentTestSupport.VERKSTAD;
import static se.uppdrag.enrolment.EnrolmentTestSupport.agreement;
import static se.uppdrag.enrolment.EnrolmentTestSupport.changeSeats;
import static se.uppdrag.enrolment.EnrolmentTestSupport.occasion;
import static se.uppdrag.enrolment.EnrolmentTestSupport.order;
import static se.uppdrag.enrolment.EnrolmentTestSupport.participant;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.enrolment.service.ParticipantReminders;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestMail;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * Participants hear from the platform through a real SMTP server: the confirmed seat's invitation (a calendar the
 * parser reads, at the occasion's days), its update when the occasion moves and its cancellation, under one uid; the
 * one substituted out loses it and the one substituted in gets it; each mail's Message-ID is the one recorded with
 * the change, and HR sees in the order what became of the mail.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ParticipantMailIT {

    private static final String HR = TestTokens.employer(VERKSTAD);
    private static final String UNI = TestTokens.university(KUSTLAND);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject
    TestSql sql;

    @Inject
    ParticipantReminders reminders;

    @Test
    void a_confirmed_seat_gets_an_invitation_updated_when_the_occasion_moves_and_cancelled_with_the_seat() {
        LocalDate start = TODAY.plusDays(60);
        Occasion occasion = occasion(sql, KUSTLAND, 10, start);
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 20, false);
        String number = unique();
        String address = number.toLowerCase(Locale.ROOT) + "@verkstad.example";
        String orderId = placeOrder(agreement, occasion, participant(number));
        String seat = sql.string("select id::text from enrolment where order_id = ?::uuid", orderId);
        assertThat(TestMail.to(address))
                .as("nothing is mailed before the university confirms")
                .isEmpty();

        as(UNI).post("/enrolments/{id}/confirm", seat).then().statusCode(200);

        MimeMessage invitation = TestMail.awaitTo(address, 1).get(0);
        assertThat(TestMail.subject(invitation))
                .isEqualTo("Din plats på KUS101 Industrial machine learning är bekräftad");
        assertThat(TestMail.from(invitation)).isEqualTo("Kustlands högskola via Uppdrag <noreply@uppdrag.localhost>");
        assertThat(TestMail.header(invitation, "Message-ID"))
                .isEqualTo(sql.string("select message_id from mail_outbox where about = ?::uuid", seat));
        assertThat(TestMail.part(invitation, "text/plain").orElseThrow())
                .contains("Hej Anna!", "Verkstadsbolaget Nord AB har beställt en plats åt dig", "7,5 hp", "Kustby");
        assertThat(TestMail.part(invitation, "text/html").orElseThrow()).contains("<html lang=\"sv\">", "Kustby");
        assertThat(TestMail.calendarType(invitation).orElseThrow()).contains("method=REQUEST");
        VEvent first = event(TestMail.calendar(invitation), "REQUEST");
        assertThat(value(first, Property.UID)).isEqualTo(seat + "@uppdrag.localhost");
        assertThat(value(first, Property.DTSTART)).isEqualTo(DAY.format(start));
        assertThat(value(first, Property.DTEND)).isEqualTo(DAY.format(start.plusDays(31)));
        assertThat(value(first, Property.ATTENDEE)).isEqualTo("mailto:" + address);
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        as(HR).get("/orders/{id}", orderId)
                .then()
                .statusCode(200)
                .body("enrolments[0].mail.kind", equalTo("SEAT_CONFIRMED"))
                .body("enrolments[0].mail.status", equalTo("SENT"));

        LocalDate moved = start.plusDays(7);
        changeSeats(occasion, KUSTLAND, 10, moved);

        MimeMessage update = TestMail.awaitTo(address, 2).get(1);
        assertThat(TestMail.subject(update)).isEqualTo("Ändrat: KUS101 Industrial machine learning");
        VEvent second = event(TestMail.calendar(update), "REQUEST");
        assertThat(value(second, Property.UID)).isEqualTo(seat + "@uppdrag.localhost");
        assertThat(value(second, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(second, Property.DTSTART)).isEqualTo(DAY.format(moved));

        changeSeats(occasion, KUSTLAND, 12, moved); // more seats, same days: nobody's calendar changes
        as(HR).body(Map.of("reason", "Needed at the plant"))
                .post("/enrolments/{id}/cancel", seat)
                .then()
                .statusCode(200);

        List<MimeMessage> mails = TestMail.awaitTo(address, 3);
        assertThat(mails).hasSize(3);
        MimeMessage cancellation = mails.get(2);
        assertThat(TestMail.subject(cancellation))
                .isEqualTo("Din plats på KUS101 Industrial machine learning är avbokad");
        assertThat(TestMail.calendarType(cancellation).orElseThrow()).contains("method=CANCEL");
        VEvent third = event(TestMail.calendar(cancellation), "CANCEL");
        assertThat(value(third, Property.UID)).isEqualTo(seat + "@uppdrag.localhost");
        assertThat(value(third, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(third, Property.SEQUENCE))).isGreaterThan(1);
        assertThat(mails).extracting(m -> TestMail.header(m, "Message-ID")).doesNotHaveDuplicates();
    }

    @Test
    void the_participant_substituted_out_loses_the_invitation_and_the_one_substituted_in_gets_it() {
        Occasion occasion = occasion(sql, KUSTLAND, 10, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 20, true);
        String leaving = unique();
        String coming = unique();
        String orderId = placeOrder(agreement, occasion, participant(leaving));
        String seat = sql.string("select id::text from enrolment where order_id = ?::uuid", orderId);
        String leavingAddress = leaving.toLowerCase(Locale.ROOT) + "@verkstad.example";
        String comingAddress = coming.toLowerCase(Locale.ROOT) + "@verkstad.example";
        TestMail.awaitTo(leavingAddress, 1); // confirmed at once under this agreement

        Map<String, Object> replacement = participant(coming);
        replacement.put("givenName", "Erik");
        as(HR).body(Map.of("participant", replacement))
                .post("/enrolments/{id}/substitute", seat)
                .then()
                .statusCode(200);

        MimeMessage out = TestMail.awaitTo(leavingAddress, 2).get(1);
        assertThat(TestMail.subject(out)).isEqualTo("Du har ersatts på KUS101 Industrial machine learning");
        assertThat(value(event(TestMail.calendar(out), "CANCEL"), Property.UID)).isEqualTo(seat + "@uppdrag.localhost");
        MimeMessage in = TestMail.awaitTo(comingAddress, 1).get(0);
        assertThat(TestMail.part(in, "text/plain").orElseThrow()).contains("Hej Erik!");
        VEvent invitation = event(TestMail.calendar(in), "REQUEST");
        assertThat(value(invitation, Property.ATTENDEE)).isEqualTo("mailto:" + comingAddress);
        as(HR).get("/orders/{id}", orderId)
                .then()
                .body("enrolments[0].mail.kind", equalTo("SEAT_CONFIRMED"))
                .body("enrolments[0].mail.status", equalTo("SENT"));
    }

    @Test
    void a_confirmed_participant_is_reminded_once_days_before_the_start_unless_the_invitation_came_that_close() {
        Occasion later = occasion(sql, KUSTLAND, 10, TODAY.plusDays(30));
        Occasion soon = occasion(sql, KUSTLAND, 10, TODAY.plusDays(7)); // ordered on its last day
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, later.courseId(), 20, true);
        UUID soonAgreement = agreement(sql, KUSTLAND, VERKSTAD, soon.courseId(), 20, true);
        String laterNumber = unique();
        String soonNumber = unique();
        String laterAddress = laterNumber.toLowerCase(Locale.ROOT) + "@verkstad.example";
        String soonAddress = soonNumber.toLowerCase(Locale.ROOT) + "@verkstad.example";
        placeOrder(agreement, later, participant(laterNumber));
        placeOrder(soonAgreement, soon, participant(soonNumber));
        TestMail.awaitTo(laterAddress, 1);
        TestMail.awaitTo(soonAddress, 1);

        // A week before the later start (reminders go 7 days before by default), twice: one reminder.
        reminders.remind(TODAY.plusDays(23));
        reminders.remind(TODAY.plusDays(23));

        MimeMessage reminder = TestMail.awaitTo(laterAddress, 2).get(1);
        assertThat(TestMail.subject(reminder)).startsWith("Påminnelse: KUS101 Industrial machine learning börjar ");
        assertThat(TestMail.part(reminder, "text/plain").orElseThrow()).contains("Kustlands högskola", "Kustby");
        assertThat(TestMail.calendarType(reminder)).isEmpty();
        assertThat(reminders(laterAddress))
                .as("recorded once however often the job runs")
                .isEqualTo(1);
        reminders.remind(TODAY);
        assertThat(reminders(soonAddress))
                .as("confirmed a week before the start: the invitation is the reminder")
                .isZero();
        assertThat(TestMail.to(soonAddress)).hasSize(1);
    }

    private long reminders(String address) {
        return sql.count("select count(*) from mail_outbox where kind = 'SEAT_REMINDER' and recipient = ?", address);
    }

    @Test
    void a_mail_whose_sender_died_mid_attempt_is_sent_once_its_lease_runs_out_under_the_same_message_id() {
        String address = unique().toLowerCase(Locale.ROOT) + "@verkstad.example";
        String messageId = "<" + UUID.randomUUID() + "@uppdrag.localhost>";
        // As a sender leaves it when it dies after claiming the mail: one attempt made, leased for a moment more.
        sql.update(
                "insert into mail_outbox (id, message_id, kind, recipient, subject, text_body, status, attempts,"
                        + " next_attempt_at, created_at) values (gen_random_uuid(), ?, 'TEST', ?, 'Lease test',"
                        + " 'Hello', 'PENDING', 1, now() + interval '1 second', now())",
                messageId,
                address);

        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(address).size() == 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        "SENT".equals(sql.string("select status from mail_outbox where message_id = ?", messageId)));
        assertThat(TestMail.header(TestMail.to(address).get(0), "Message-ID")).isEqualTo(messageId);
        assertThat(sql.count("select attempts from mail_outbox where message_id = ?", messageId))
                .isEqualTo(2);
    }

    private static String placeOrder(UUID agreement, Occasion occasion, Map<String, Object> participant) {
        return as(HR).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, occasion.id(), participant))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String unique() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static VEvent event(Calendar calendar, String method) {
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo(method);
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
