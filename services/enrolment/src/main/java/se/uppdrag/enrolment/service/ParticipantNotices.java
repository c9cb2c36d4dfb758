package se.uppdrag.enrolment.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.enrolment.repository.AgreementTermsRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.platform.mail.CalendarEvent;
import se.uppdrag.platform.mail.MailOutbox;
import se.uppdrag.platform.mail.MailSender;
import se.uppdrag.platform.mail.OutgoingMail;

/**
 * What participants hear, recorded in the transaction of the change that causes it: their confirmed seat with a
 * calendar invitation (one event per seat, its uid the enrolment's, updated when the occasion's dates or place change
 * and cancelled when the seat is), moving up from the waiting list, and losing the seat by cancellation or
 * substitution. Participants' addresses live here only: no other service sees them, nothing about them goes on a
 * topic. Written in the course's language, Swedish unless it is taught in another one (then English).
 */
@ApplicationScoped
public class ParticipantNotices {

    static final String SEAT_CONFIRMED = "SEAT_CONFIRMED";
    static final String SEAT_RESCHEDULED = "SEAT_RESCHEDULED";
    static final String MOVED_UP = "MOVED_UP";
    static final String SEAT_CANCELLED = "SEAT_CANCELLED";
    static final String SUBSTITUTED_OUT = "SUBSTITUTED_OUT";
    static final String SEAT_REMINDER = "SEAT_REMINDER";
    static final String EVALUATION_REQUEST = "EVALUATION_REQUEST";
    static final String EVALUATION_REMINDER = "EVALUATION_REMINDER";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Locale ENGLISH = Locale.UK;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    OccasionFactRepository occasions;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    EnrolmentConfig config;

    @Inject
    Clock clock;

    @Location("mail/participant.txt")
    Template text;

    @Location("mail/participant.html")
    Template html;

    /** The university confirmed the seat: the invitation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(Enrolment e) {
        OccasionFact occasion = occasionOf(e);
        invite(e, e.participant, occasion, SEAT_CONFIRMED);
        if (withinReminderTime(occasion)) {
            e.remindedAt = Instant.now(clock); // the invitation, days before the start, is reminder enough
        }
    }

    /** The occasion's dates or place changed: the update of the invitation, with the occasion's new sequence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduled(Enrolment e, OccasionFact occasion) {
        invite(e, e.participant, occasion, SEAT_RESCHEDULED);
        if (!withinReminderTime(occasion)) {
            e.remindedAt = null; // moved later: reminded again before the new start
        }
    }

    /** The start is near: a reminder with the occasion's details, once per seat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remind(Enrolment e) {
        OccasionFact occasion = occasionOf(e);
        Texts t = texts(occasion);
        Parties parties = parties(e);
        String course = course(occasion);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(t.locale)
                .format(occasion.startDate);
        send(
                e,
                e.participant,
                SEAT_REMINDER,
                t.mail.reminder_subject(course, day),
                List.of(t.mail.reminder_body(course, parties.university(), day)),
                occasion,
                parties,
                t,
                null);
        e.remindedAt = Instant.now(clock);
    }

    /** The occasion has ended: the participant's personal link to its evaluation (and, once, a reminder of it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluationRequest(Enrolment e, String link, boolean reminder) {
        OccasionFact occasion = occasionOf(e);
        Texts t = texts(occasion);
        Parties parties = parties(e);
        String course = course(occasion);
        List<String> paragraphs =
                List.of(t.mail.evaluation_body(course, parties.university()), t.mail.evaluation_anonymous());
        send(
                e,
                e.participant,
                reminder ? EVALUATION_REMINDER : EVALUATION_REQUEST,
                reminder ? t.mail.evaluation_reminder_subject(course) : t.mail.evaluation_subject(course),
                paragraphs,
                occasion,
                parties,
                t,
                null,
                new ParticipantMail.Link(t.mail.evaluation_action(), link));
    }

    /** The university by name, as the agreement the seat was ordered under calls it. */
    public String universityName(Enrolment e) {
        return parties(e).university();
    }

    /** The language a participant is addressed in for an occasion: sv for a course taught in Swedish, else en. */
    public static String languageOf(OccasionFact occasion) {
        return texts(occasion).locale.getLanguage();
    }

    /** Whether the occasion starts within the reminder's days (or has started). */
    boolean withinReminderTime(OccasionFact occasion) {
        int days = config.reminders().daysBeforeStart();
        return days > 0 && !occasion.startDate.isAfter(LocalDate.now(clock).plusDays(days));
    }

    /** A seat came free and the participant took it from the waiting list (the university still confirms it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promoted(Enrolment e) {
        OccasionFact occasion = occasionOf(e);
        Texts t = texts(occasion);
        Parties parties = parties(e);
        String course = course(occasion);
        send(
                e,
                e.participant,
                MOVED_UP,
                t.mail.moved_up_subject(course),
                List.of(t.mail.moved_up_body(course)),
                occasion,
                parties,
                t,
                null);
    }

    /** A confirmed seat given up: the participant hears, and the invitation is cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Enrolment e, EnrolmentStatus previous, boolean occasionWithdrawn) {
        if (previous != EnrolmentStatus.CONFIRMED) {
            return; // nothing was promised by mail yet: the employer tells its staff what it ordered and undid
        }
        OccasionFact occasion = occasionOf(e);
        Texts t = texts(occasion);
        Parties parties = parties(e);
        String course = course(occasion);
        List<String> paragraphs = List.of(
                occasionWithdrawn
                        ? t.mail.occasion_withdrawn_body(course, parties.university())
                        : t.mail.seat_cancelled_body(parties.employer(), course),
                t.mail.calendar_removed());
        CalendarEvent.Written calendar = event(e, e.participant, occasion, parties, t, occasion.calendarSequence + 1)
                .cancel(Instant.now(clock));
        send(
                e,
                e.participant,
                SEAT_CANCELLED,
                t.mail.seat_cancelled_subject(course),
                paragraphs,
                occasion,
                parties,
                t,
                calendar);
    }

    /**
     * Another employee took the seat: the one who leaves hears (and loses the invitation, if the seat was confirmed);
     * the one who comes gets the invitation of a confirmed seat.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void substituted(Enrolment e, Participant previous) {
        OccasionFact occasion = occasionOf(e);
        Texts t = texts(occasion);
        Parties parties = parties(e);
        String course = course(occasion);
        boolean confirmed = e.status == EnrolmentStatus.CONFIRMED;
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.mail.substituted_out_body(parties.employer(), course));
        CalendarEvent.Written calendar = null;
        if (confirmed) {
            paragraphs.add(t.mail.calendar_removed());
            calendar = event(e, previous, occasion, parties, t, occasion.calendarSequence + 1)
                    .cancel(Instant.now(clock));
        }
        send(
                e,
                previous,
                SUBSTITUTED_OUT,
                t.mail.substituted_out_subject(course),
                paragraphs,
                occasion,
                parties,
                t,
                calendar);
        if (confirmed) {
            invite(e, e.participant, occasion, SEAT_CONFIRMED);
        }
    }

    private void invite(Enrolment e, Participant participant, OccasionFact occasion, String kind) {
        Texts t = texts(occasion);
        Parties parties = parties(e);
        String course = course(occasion);
        boolean update = SEAT_RESCHEDULED.equals(kind);
        List<String> paragraphs = List.of(
                update
                        ? t.mail.seat_rescheduled_body(course, parties.university())
                        : t.mail.seat_confirmed_body(parties.employer(), course, parties.university()),
                t.mail.invitation_attached());
        CalendarEvent.Written calendar = event(e, participant, occasion, parties, t, occasion.calendarSequence)
                .request(Instant.now(clock));
        send(
                e,
                participant,
                kind,
                update ? t.mail.seat_rescheduled_subject(course) : t.mail.seat_confirmed_subject(course),
                paragraphs,
                occasion,
                parties,
                t,
                calendar);
    }

    private void send(
            Enrolment e,
            Participant to,
            String kind,
            String subject,
            List<String> paragraphs,
            OccasionFact occasion,
            Parties parties,
            Texts t,
            CalendarEvent.Written calendar) {
        send(e, to, kind, subject, paragraphs, occasion, parties, t, calendar, null);
    }

    private void send(
            Enrolment e,
            Participant to,
            String kind,
            String subject,
            List<String> paragraphs,
            OccasionFact occasion,
            Parties parties,
            Texts t,
            CalendarEvent.Written calendar,
            ParticipantMail.Link link) {
        ParticipantMail mail = new ParticipantMail(
                t.locale.getLanguage(),
                subject,
                t.mail.greeting(to.givenName()),
                paragraphs,
                details(occasion, parties, t),
                link,
                t.mail.signature(parties.university()),
                t.mail.footer(parties.employer()));
        outbox.record(new OutgoingMail(
                kind,
                e.id,
                to.email(),
                parties.university(),
                subject,
                text.data("mail", mail).render(),
                html.data("mail", mail).render(),
                calendar));
    }

    private List<ParticipantMail.Detail> details(OccasionFact o, Parties parties, Texts t) {
        List<ParticipantMail.Detail> details = new ArrayList<>();
        details.add(new ParticipantMail.Detail(t.mail.label_course(), course(o) + credits(o, t)));
        details.add(new ParticipantMail.Detail(t.mail.label_university(), parties.university()));
        details.add(new ParticipantMail.Detail(t.mail.label_dates(), dates(o, t)));
        if (o.deliveryMode != null) {
            details.add(new ParticipantMail.Detail(t.mail.label_form(), mode(o.deliveryMode, t)));
        }
        if (o.location != null && !o.location.isBlank()) {
            details.add(new ParticipantMail.Detail(t.mail.label_place(), o.location));
        }
        return details;
    }

    private CalendarEvent event(
            Enrolment e, Participant participant, OccasionFact o, Parties parties, Texts t, int sequence) {
        String place = o.location == null || o.location.isBlank()
                ? (o.deliveryMode == null ? null : mode(o.deliveryMode, t))
                : o.location;
        String link = o.location != null && o.location.strip().matches("https?://\\S+") ? o.location.strip() : null;
        return new CalendarEvent(
                e.id + "@" + sender.domain(),
                sequence,
                o.startDate,
                lastDay(o),
                course(o),
                t.mail.calendar_description(course(o) + credits(o, t), parties.university(), parties.employer()),
                place,
                link,
                new CalendarEvent.Person(parties.university(), sender.address()),
                new CalendarEvent.Person(
                        participant.givenName() + " " + participant.familyName(), participant.email()));
    }

    private OccasionFact occasionOf(Enrolment e) {
        return occasions.findById(e.occasionId);
    }

    /** The university and the employer by name, as the agreement the seat was ordered under calls them. */
    private Parties parties(Enrolment e) {
        Optional<AgreementTerms> agreed =
                terms.version(e.agreementId, e.agreementVersion).map(v -> v.terms);
        String university = agreed.map(a -> a.university().name()).orElse(e.university);
        String employer = agreed.map(a -> a.employer().name()).orElse(e.employer);
        return new Parties(university, employer);
    }

    private record Parties(String university, String employer) {}

    private record Texts(Locale locale, MailTexts mail) {}

    private static Texts texts(OccasionFact occasion) {
        Locale locale = occasion.language == null || occasion.language.startsWith("sv") ? SWEDISH : ENGLISH;
        return new Texts(locale, MessageBundles.get(MailTexts.class, Localized.Literal.of(locale.getLanguage())));
    }

    private static String course(OccasionFact o) {
        return o.courseCode + " " + o.title;
    }

    private static String credits(OccasionFact o, Texts t) {
        if (!o.awardsCredits()) {
            return "";
        }
        BigDecimal plain = o.credits.stripTrailingZeros();
        String number = plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
        return ", " + t.mail.credits(SWEDISH.equals(t.locale) ? number.replace('.', ',') : number);
    }

    private static LocalDate lastDay(OccasionFact o) {
        return o.endDate == null ? o.startDate : o.endDate;
    }

    private static String dates(OccasionFact o, Texts t) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale);
        LocalDate last = lastDay(o);
        return last.equals(o.startDate)
                ? format.format(o.startDate)
                : format.format(o.startDate) + " – " + format.format(last);
    }

    private static String mode(String deliveryMode, Texts t) {
        return switch (deliveryMode) {
            case "CAMPUS" -> t.mail.mode_CAMPUS();
            case "ONLINE" -> t.mail.mode_ONLINE();
            case "HYBRID" -> t.mail.mode_HYBRID();
            default -> deliveryMode;
        };
    }
}
