package se.uppdrag.platform.repository;

/**
 * The order a caller asked a list in: one of the list's sortable fields (an enum of them, each repository saying what
 * it orders by), ascending or descending. Ties fall back to the list's own order, so paging stays stable.
 */
public record SortOrder<F extends Enum<F> & SortOrder.Field>(F field, boolean descending) {

    /** A sortable field of a list, and the name the API takes for it in {@code sort}. */
    public interface Field {
        String apiName();
    }

    /** The field's query expression in this direction, then the list's own order for ties. */
    public String orderBy(String expression, String fallback) {
        return expression + (descending ? " desc" : " asc") + ", " + fallback;
    }
}
