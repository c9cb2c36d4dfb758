package se.uppdrag.catalogue.service;

import java.util.Optional;
import se.uppdrag.platform.security.Viewer;

/**
 * Who sees a closed course or occasion: the employer it was made for, its university and operators; nobody else,
 * anonymous readers and training registries least of all. An open one everybody sees.
 */
final class ClosedVisibility {

    private ClosedVisibility() {}

    static boolean visible(String university, String closedTo, Optional<Viewer> viewer) {
        return closedTo == null || viewer.map(v -> v.sees(university, closedTo)).orElse(false);
    }
}
