package se.uppdrag.catalogue.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

@ConfigMapping(prefix = "uppdrag.catalogue")
public interface CatalogueConfig {

    /** Where the catalogue is reached from outside: the base of the ids in JSON-LD and the sitemap. */
    @WithDefault("http://localhost:8081")
    String publicUrl();

    /** Display names of universities by organisation number, for the open catalogue's provider field. */
    Map<String, String> universityNames();
}
