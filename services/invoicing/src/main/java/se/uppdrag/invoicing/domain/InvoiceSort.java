package se.uppdrag.invoicing.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a list of invoices or credit notes can be sorted by, under the names the API takes in {@code sort}. */
public enum InvoiceSort {
    NUMBER("number"), ISSUE_DATE("issueDate"), DUE_DATE("dueDate"), TOTAL("total"), OPEN("open"), BUYER("buyer");

    public static final Map<String, InvoiceSort> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(s -> s.name, Function.identity()));

    private final String name;

    InvoiceSort(String name) {
        this.name = name;
    }
}
