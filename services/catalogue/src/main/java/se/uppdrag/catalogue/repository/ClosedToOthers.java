package se.uppdrag.catalogue.repository;

import java.util.Map;
import java.util.Optional;
import se.uppdrag.platform.security.Viewer;

/**
 * The query condition a list of courses or occasions adds so closed ones show to their employer, their university
 * and operators only: the rule of the service's ClosedVisibility, written for a query.
 */
final class ClosedToOthers {

    private ClosedToOthers() {}

    /** " and …" over the entity's closedTo and university ({@code prefix}: its alias and a dot, or nothing). */
    static String condition(String prefix, Optional<Viewer> viewer, Map<String, Object> params) {
        if (viewer.isEmpty()) {
            return " and " + prefix + "closedTo is null";
        }
        if (viewer.get().isOperator()) {
            return "";
        }
        params.put("viewer", viewer.get().organisation());
        return " and (" + prefix + "closedTo is null or " + prefix + "closedTo = :viewer or " + prefix
                + "university = :viewer)";
    }
}
