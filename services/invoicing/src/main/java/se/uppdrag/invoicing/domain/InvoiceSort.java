package se.uppdrag.invoicing.domain;

import se.uppdrag.platform.repository.SortOrder;

/** What a list of invoices or credit notes can be sorted by, under the names the API takes in {@code sort}. */
public enum InvoiceSort implements SortOrder.Field {
    NUMBER("number"),
    ISSUE_DATE("issueDate"),
    DUE_DATE("dueDate"),
    TOTAL("total"),
    OPEN("open"),
    BUYER("buyer");

    private final String apiName;

    InvoiceSort(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
