package se.uppdrag.portal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import se.uppdrag.portal.client.Page;

/** The links of a paged list: the same page of the portal with the same filters, one page before or after. */
public record Paging(String path, Map<String, Object> filters, Page<?> page) {

    public static Paging of(String path, Map<String, Object> filters, Page<?> page) {
        return new Paging(path, filters, page);
    }

    public String previous() {
        return link(page.page() - 1);
    }

    public String next() {
        return link(page.page() + 1);
    }

    public boolean hasPrevious() {
        return page.hasPrevious();
    }

    public boolean hasNext() {
        return page.hasNext();
    }

    public boolean isNeeded() {
        return page.hasPrevious() || page.hasNext();
    }

    /** A column heading's link: sorted by its field, or the other way round when it is the order already; page one. */
    public String sortedBy(String field) {
        Map<String, Object> sorted = new LinkedHashMap<>(filters);
        sorted.put("sort", field.equals(filters.get("sort")) ? "-" + field : field);
        String query = Links.query(sorted);
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The column's aria-sort: ascending, descending or none. */
    public String sortState(String field) {
        Object sort = filters.get("sort");
        return field.equals(sort) ? "ascending" : ("-" + field).equals(sort) ? "descending" : "none";
    }

    private String link(int target) {
        Map<String, Object> withPage = new LinkedHashMap<>(filters);
        withPage.put("page", target == 0 ? null : target);
        String query = Links.query(withPage);
        return query.isEmpty() ? path : path + "?" + query;
    }
}
