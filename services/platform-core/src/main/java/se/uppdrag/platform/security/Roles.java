package se.uppdrag.platform.security;

/** The realm roles every token carries one of (realm uppdrag). */
public final class Roles {
    public static final String EMPLOYER = "employer";
    public static final String UNIVERSITY = "university";
    public static final String FINANCE = "finance";
    public static final String OPERATOR = "operator";

    private Roles() {}
}
