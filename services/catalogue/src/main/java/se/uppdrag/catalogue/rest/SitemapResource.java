package se.uppdrag.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.catalogue.service.CourseService;

/** What a training registry harvests: every course and learning path page, whose JSON-LD names their occasions. */
@Path("/sitemap.xml")
@Tag(name = "Open catalogue")
public class SitemapResource {

    /** The sitemap protocol's limit for one file. */
    static final int MAX_URLS = 50_000;

    @Inject
    CourseService courses;

    @Inject
    SchemaOrg schemaOrg;

    @GET
    @PermitAll
    @Produces("application/xml")
    @Operation(
            summary = "Sitemap of the open catalogue",
            description =
                    "Course and learning-path URLs; each serves schema.org JSON-LD on Accept: application/ld+json.")
    public String sitemap() {
        StringBuilder xml = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (CourseService.HarvestEntry entry : courses.harvestEntries(MAX_URLS)) {
            xml.append("  <url><loc>")
                    .append(escape(schemaOrg.url(entry.path())))
                    .append("</loc><lastmod>")
                    .append(entry.lastModified())
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
