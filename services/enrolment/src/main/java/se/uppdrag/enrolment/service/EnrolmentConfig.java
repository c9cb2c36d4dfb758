package se.uppdrag.enrolment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "uppdrag.enrolment")
public interface EnrolmentConfig {

    Report report();

    Reminders reminders();

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
