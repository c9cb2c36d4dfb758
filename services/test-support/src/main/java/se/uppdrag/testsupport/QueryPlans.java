package se.uppdrag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The query plans Hibernate keeps. Doing the same work again must not add any: a plan that cannot be found again is
 * built on every execution, and the cache, full of plans alike, makes every lookup walk through them.
 */
public final class QueryPlans {

    private QueryPlans() {}

    public static int cached(EntityManagerFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    /**
     * Does the work twice, so that every query it needs has its plan whatever ran before in the application, then once
     * more, and asserts that this added no plan.
     */
    public static void assertRepeatingAddsNoPlan(EntityManagerFactory factory, Runnable work) {
        work.run();
        work.run();
        int plans = cached(factory);

        work.run();

        assertThat(cached(factory))
                .as("query plans after doing the same work once more")
                .isEqualTo(plans);
    }
}
