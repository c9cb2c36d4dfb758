package se.uppdrag.platform.rest;

import java.util.List;

/**
 * Every list answer has this shape: {@code { "items": [...], "total": N, "totalExact": true, "page": P, "size": S }},
 * pages from 0. {@code totalExact} is false where a search stops counting at a limit: then there are at least
 * {@code total} (and a client pages on until a page comes back short).
 */
public record PageResponse<T>(List<T> items, long total, boolean totalExact, int page, int size) {

    public PageResponse(List<T> items, long total, int page, int size) {
        this(items, total, true, page, size);
    }
}
