package se.uppdrag.catalogue.service;

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

    Search search();

    interface Search {
        /**
         * A search counts its matches up to this many, then answers "totalExact": false: PostgreSQL counts 100 000
         * rows in tens of milliseconds, and a search should answer in a few.
         */
        @WithDefault("1000")
        int countLimit();
    }
}
