package se.uppdrag.testsupport;

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
}
