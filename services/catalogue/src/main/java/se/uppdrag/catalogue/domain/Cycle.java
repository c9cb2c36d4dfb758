package se.uppdrag.catalogue.domain;

/** The level of a course in Swedish higher education (grundnivå, avancerad nivå, forskarnivå). */
public enum Cycle {
    FIRST("First cycle"),
    SECOND("Second cycle"),
    THIRD("Third cycle");

    private final String label;

    Cycle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
