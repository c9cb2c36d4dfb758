package se.uppdrag.enrolment.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a list of orders can be sorted by, under the names the API takes in {@code sort}. */
public enum OrderSort {
    /** When the order was placed. */
    PLACED("placed"),
    /** When its occasion starts. */
    START("start");

    public static final Map<String, OrderSort> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(s -> s.name, Function.identity()));

    private final String name;

    OrderSort(String name) {
        this.name = name;
    }
}
