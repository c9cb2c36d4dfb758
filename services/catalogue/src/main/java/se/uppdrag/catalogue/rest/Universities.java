package se.uppdrag.catalogue.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.uppdrag.catalogue.service.CatalogueConfig;

/** The display names of universities (configured, by organisation number) that views and JSON-LD show. */
@ApplicationScoped
public class Universities {

    @Inject
    CatalogueConfig config;

    /** The university's name, or its organisation number where none is configured. */
    public String nameOf(String orgNumber) {
        return config.universityNames().getOrDefault(orgNumber, orgNumber);
    }
}
