package se.uppdrag.platform.rest;

import java.util.function.Function;
import se.uppdrag.platform.repository.PageOf;

/** Which page a list call asks for: page from 0, size from 1 to {@link QueryParams#MAX_PAGE_SIZE}, 20 by default. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    /** From the query parameters as given; a bad one is a 400 naming it. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(QueryParams.page(page), QueryParams.size(size, DEFAULT_SIZE));
    }

    /** The answer for this request: the page's items, mapped to what the API shows, and the total. */
    public <E, T> PageResponse<T> respond(PageOf<E> found, Function<E, T> view) {
        return new PageResponse<>(found.items().stream().map(view).toList(), found.total(), found.exact(), page, size);
    }
}
