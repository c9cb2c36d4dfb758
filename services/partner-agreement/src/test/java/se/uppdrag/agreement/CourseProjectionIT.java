package se.uppdrag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.uppdrag.agreement.AgreementTestSupport.KUSTLAND;
import static se.uppdrag.agreement.AgreementTestSupport.NORRDAL;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.uppdrag.agreement.repository.KnownCourseRepository;
import se.uppdrag.agreement.service.CourseProjection;
import se.uppdrag.platform.inbox.PoisonEventException;
import se.uppdrag.testsupport.PlatformTestResource;

/** The catalogue's courses as this service learns them from occasions' events, which two consumers apply at once. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CourseProjectionIT {

    @Inject
    CourseProjection facts;

    @Inject
    KnownCourseRepository courses;

    @Test
    void two_consumers_learning_one_new_course_at_once_both_succeed() throws Exception {
        UUID course = UUID.randomUUID();
        CountDownLatch firstWrote = new CountDownLatch(1);

        // The first holds its new row uncommitted while the second learns the same course (another occasion of it,
        // on another partition): the second must wait for it, not fail on the key and dead-letter its event.
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    facts.learn(course, KUSTLAND, "KUS101", "Industrial machine learning");
                    firstWrote.countDown();
                    sleep(700);
                }));
        assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
        QuarkusTransaction.requiringNew()
                .run(() -> facts.learn(course, KUSTLAND, "KUS101", "Machine learning at work"));
        first.get(10, TimeUnit.SECONDS);

        QuarkusTransaction.requiringNew()
                .run(() -> assertThat(courses.findById(course).title).isEqualTo("Machine learning at work"));
    }

    @Test
    void a_course_another_university_claims_is_a_poison_event_and_changes_nothing() {
        UUID course = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> facts.learn(course, KUSTLAND, "KUS102", "Lean production"));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> facts.learn(course, NORRDAL, "NOR1", "X")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining(KUSTLAND);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(courses.findById(course).university).isEqualTo(KUSTLAND);
            assertThat(courses.findById(course).title).isEqualTo("Lean production");
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
