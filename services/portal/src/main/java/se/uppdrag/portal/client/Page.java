package se.uppdrag.portal.client;

import java.util.List;

/**
 * One page of a list as every service answers it, pages from 0. Where a search stops counting ({@code totalExact}
 * false) there are at least {@code total}, and a next page exists while pages come back full.
 */
public record Page<T>(List<T> items, long total, boolean totalExact, int page, int size) {

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return totalExact ? (long) (page + 1) * size < total : items.size() == size;
    }

    /** The position of the first item on this page, from 1; 0 on an empty page. */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return (long) page * size + items.size();
    }
}
