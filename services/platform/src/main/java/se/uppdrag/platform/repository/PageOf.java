package se.uppdrag.platform.repository;

import java.util.List;

/** One page of results and how many there are in all. */
public record PageOf<T>(List<T> items, long total) {
}
