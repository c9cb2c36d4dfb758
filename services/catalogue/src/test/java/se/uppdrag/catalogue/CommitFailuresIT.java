package se.uppdrag.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.Cycle;
import se.uppdrag.platform.errors.Outages;
import se.uppdrag.testsupport.PlatformTestResource;

/**
 * A constraint the database checks only when the transaction commits (Hibernate flushes then) arrives wrapped in the
 * transaction manager's RollbackException. It is the work's fault, not an outage: an event that causes it must be
 * dead-lettered, not retried for ever while its partition stalls.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CommitFailuresIT {

    @Inject
    EntityManager entityManager;

    @Test
    void a_duplicate_key_found_at_commit_is_not_an_outage() {
        String code = "DUP" + UUID.randomUUID().toString().substring(0, 6);
        Throwable failure =
                catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
                    entityManager.persist(course(code));
                    entityManager.persist(course(code));
                }));

        assertThat(failure).isNotNull();
        assertThat(Outages.isOutage(failure))
                .as("classified as an outage: %s", failure)
                .isFalse();
    }

    @Test
    void a_value_too_long_found_at_commit_is_not_an_outage() {
        Throwable failure =
                catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
                    Course course = course("LONG" + UUID.randomUUID().toString().substring(0, 6));
                    course.language = "x".repeat(100);
                    entityManager.persist(course);
                }));

        assertThat(failure).isNotNull();
        assertThat(Outages.isOutage(failure))
                .as("classified as an outage: %s", failure)
                .isFalse();
    }

    private static Course course(String code) {
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.university = "2021001231";
        course.code = code;
        course.title = "Commit failures";
        course.description = "Two of the same";
        course.credits = new BigDecimal("7.5");
        course.cycle = Cycle.FIRST;
        course.subject = "Testing";
        course.language = "sv";
        course.createdAt = Instant.now();
        course.updatedAt = course.createdAt;
        return course;
    }
}
