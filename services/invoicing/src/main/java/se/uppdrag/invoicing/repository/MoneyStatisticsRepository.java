package se.uppdrag.invoicing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import se.uppdrag.invoicing.domain.StatisticsDimension;
import se.uppdrag.platform.security.Viewer;

/**
 * Money invoiced (credit notes taken off) and paid, VAT included, per university, course or employer, for the orders
 * whose occasions start in one year. An invoice bills one order, so one occasion, course, university and employer: each
 * is counted whole in its group. A funder's invoice counts under the employer whose order it co-funds.
 */
@ApplicationScoped
public class MoneyStatisticsRepository {

    @Inject
    EntityManager entityManager;

    public record Sums(String key, BigDecimal invoiced, BigDecimal paid) {}

    @SuppressWarnings("unchecked")
    public List<Sums> sums(Viewer viewer, StatisticsDimension by, int year) {
        String key = switch (by) {
            case UNIVERSITY -> "i.seller";
            case EMPLOYER -> "b.buyer";
            case COURSE -> "cast(b.course_id as varchar)";
        };
        String scope = switch (viewer.side()) {
            case OPERATOR -> "";
            case UNIVERSITY -> " and i.seller = :org";
            case EMPLOYER -> " and i.buyer = :org";
        };
        Query query = entityManager.createNativeQuery("select " + key + ","
                + " sum(case when i.kind = 'CREDIT_NOTE' then -i.total else i.total end),"
                + " sum(i.paid)"
                + " from invoice i"
                + " join lateral (select s.buyer, s.course_id, s.occasion_id from invoice_line l"
                + "   join billable s on s.enrolment_id = l.enrolment_id where l.invoice_id = i.id limit 1) b on true"
                + " join occasion_start o on o.occasion_id = b.occasion_id"
                + " where o.start_date >= make_date(:year, 1, 1) and o.start_date < make_date(:year + 1, 1, 1)"
                + scope
                + " group by " + key);
        query.setParameter("year", year);
        if (!viewer.isOperator()) {
            query.setParameter("org", viewer.organisation());
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(row -> new Sums((String) row[0], (BigDecimal) row[1], (BigDecimal) row[2]))
                        .toList();
    }
}
