package se.uppdrag.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.catalogue.service.CourseService;
import se.uppdrag.platform.rest.PageResponse;

/** The universities that publish in the catalogue, for a search's university filter. */
@Path("/universities")
@Tag(name = "Courses")
@Produces(MediaType.APPLICATION_JSON)
public class UniversityResource {

    /** A university as the catalogue names it. */
    public record UniversityView(String orgNumber, String name) {}

    @Inject
    CourseService courses;

    @Inject
    Universities universities;

    @GET
    @PermitAll
    @Operation(
            summary = "List the universities with courses",
            description = "Anyone may read; by name, all on one page.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(examples = @ExampleObject(name = "universities", value = """
            { "items": [ { "orgNumber": "2021001231", "name": "Kustlands högskola" } ], "total": 1, "totalExact": true,
              "page": 0, "size": 1 }""")))
    public PageResponse<UniversityView> listUniversities() {
        List<UniversityView> all = courses.universities().stream()
                .map(org -> new UniversityView(org, universities.nameOf(org)))
                .sorted(Comparator.comparing(UniversityView::name))
                .toList();
        return new PageResponse<>(all, all.size(), 0, Math.max(1, all.size()));
    }
}
