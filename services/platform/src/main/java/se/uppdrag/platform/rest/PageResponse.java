package se.uppdrag.platform.rest;

import java.util.List;

/** Every list answer has this shape: {@code { "items": [...], "total": N, "page": P, "size": S }}, pages from 0. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
}
