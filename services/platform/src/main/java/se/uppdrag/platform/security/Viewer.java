package se.uppdrag.platform.security;

import java.util.Objects;

/**
 * Whose organisation-owned data a caller sees, as one value: an operator everyone's; a university (its
 * administrators and finance staff) what it is the university or seller of; an employer what it is the employer or
 * buyer of. Services take this rather than organisation numbers where a null meant "everyone's".
 */
public record Viewer(Side side, String organisation) {

    public enum Side {
        OPERATOR,
        UNIVERSITY,
        EMPLOYER
    }

    public Viewer {
        Objects.requireNonNull(side, "side");
        if ((side == Side.OPERATOR) != (organisation == null)) {
            throw new IllegalArgumentException("an operator sees every organisation's data; anyone else one's");
        }
    }

    public static Viewer operator() {
        return new Viewer(Side.OPERATOR, null);
    }

    public static Viewer university(String organisation) {
        return new Viewer(Side.UNIVERSITY, Objects.requireNonNull(organisation, "organisation"));
    }

    public static Viewer employer(String organisation) {
        return new Viewer(Side.EMPLOYER, Objects.requireNonNull(organisation, "organisation"));
    }

    public boolean isOperator() {
        return side == Side.OPERATOR;
    }

    public boolean isUniversity() {
        return side == Side.UNIVERSITY;
    }

    public boolean isEmployer() {
        return side == Side.EMPLOYER;
    }

    /** Whether something between this university (seller) and this employer (buyer) is the viewer's to see. */
    public boolean sees(String university, String employer) {
        return switch (side) {
            case OPERATOR -> true;
            case UNIVERSITY -> organisation.equals(university);
            case EMPLOYER -> organisation.equals(employer);
        };
    }
}
