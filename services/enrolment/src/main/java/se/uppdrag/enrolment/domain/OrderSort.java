package se.uppdrag.enrolment.domain;

import se.uppdrag.platform.repository.SortOrder;

/** What a list of orders can be sorted by, under the names the API takes in {@code sort}. */
public enum OrderSort implements SortOrder.Field {
    /** When the order was placed. */
    PLACED("placed"),
    /** When its occasion starts. */
    START("start");

    private final String apiName;

    OrderSort(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
