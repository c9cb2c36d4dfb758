package se.uppdrag.enrolment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;

@ConfigMapping(prefix = "uppdrag.enrolment")
public interface EnrolmentConfig {

    Report report();

    Reminders reminders();

    Evaluations evaluations();

    interface Evaluations {
        /**
         * The key the evaluation links are signed with (HMAC-SHA256). The default is for local runs only: a real
         * deployment sets its own secret (UPPDRAG_ENROLMENT_EVALUATIONS_SIGNING_KEY); changing it voids links sent.
         */
        @WithDefault("local-development-only-evaluation-signing-key")
        String signingKey();

        /** Where a participant answers: the portal's public evaluation page, the token appended. */
        @WithDefault("${uppdrag.portal.url:http://localhost:8080}/evaluations/")
        String linkBase();

        /** An invitation still unanswered this long after it was sent is followed by one reminder. */
        @WithDefault("P7D")
        Duration remindAfter();

        /** Occasions that ended longer ago than this are not evaluated any more (nor invited for). */
        @WithDefault("P60D")
        Period inviteWithin();

        /** Results are shown from this many answers; fewer could reveal who answered what. */
        @WithDefault("5")
        int minimumAnswers();
    }

    interface Reminders {
        /**
         * How many days before an occasion starts its confirmed participants are reminded of it (0: never). A seat
         * confirmed closer to the start than this gets no reminder: its invitation just came.
         */
        @WithDefault("7")
        int daysBeforeStart();
    }

    interface Report {
        /**
         * The most enrolments one participation report covers. It is built in memory (grouped by employee, with
         * totals), so a period past this is refused with a request to narrow it instead of exhausting the heap.
         */
        @WithDefault("20000")
        int maxEnrolments();
    }
}
