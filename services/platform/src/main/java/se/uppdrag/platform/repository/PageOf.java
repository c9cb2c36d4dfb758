package se.uppdrag.platform.repository;

import java.util.List;

/**
 * One page of results and how many there are in all; {@code exact} is false when counting stopped at a limit, so
 * there are at least {@code total}.
 */
public record PageOf<T>(List<T> items, long total, boolean exact) {

    public PageOf(List<T> items, long total) {
        this(items, total, true);
    }
}
