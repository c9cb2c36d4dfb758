package se.uppdrag.platform.domain;

/** What is wrong with one field of a change, as a domain rule sees it; the REST layer names it in its answer. */
public record FieldProblem(String field, String message) {}
