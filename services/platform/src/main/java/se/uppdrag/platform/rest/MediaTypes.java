package se.uppdrag.platform.rest;

/** Media types the services answer besides JSON. */
public final class MediaTypes {
    public static final String LD_JSON = "application/ld+json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TEXT_CSV = "text/csv";

    private MediaTypes() {}
}
