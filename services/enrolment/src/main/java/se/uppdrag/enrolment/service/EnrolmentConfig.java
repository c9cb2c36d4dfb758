package se.uppdrag.enrolment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "uppdrag.enrolment")
public interface EnrolmentConfig {

    Report report();

    interface Report {
        /**
         * The most enrolments one participation report covers. It is built in memory (grouped by employee, with
         * totals), so a period past this is refused with a request to narrow it instead of exhausting the heap.
         */
        @WithDefault("20000")
        int maxEnrolments();
    }
}
