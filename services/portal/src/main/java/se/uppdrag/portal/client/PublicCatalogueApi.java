package se.uppdrag.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.Catalogue.Occasion;
import se.uppdrag.portal.client.Catalogue.University;

/** The catalogue's public reads, for anyone: no token is sent (an anonymous visitor has none). */
@RegisterRestClient(configKey = "catalogue")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PublicCatalogueApi {

    @GET
    @Path("/occasions")
    Page<Occasion> search(
            @QueryParam("q") String q,
            @QueryParam("subject") String subject,
            @QueryParam("university") String university,
            @QueryParam("language") String language,
            @QueryParam("mode") String mode,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/occasions/{id}")
    Occasion occasion(@PathParam("id") UUID id);

    /** The occasion as schema.org CourseInstance JSON-LD, embedded in its page for training registries. */
    @GET
    @Path("/occasions/{id}")
    @Produces("application/ld+json")
    String occasionJsonLd(@PathParam("id") UUID id);

    @GET
    @Path("/courses")
    Page<Course> courses(
            @QueryParam("university") String university,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/courses/{id}")
    Course course(@PathParam("id") UUID id);

    @GET
    @Path("/courses/{id}")
    @Produces("application/ld+json")
    String courseJsonLd(@PathParam("id") UUID id);

    @GET
    @Path("/courses/{id}/occasions")
    Page<Occasion> occasionsOf(@PathParam("id") UUID courseId);

    @GET
    @Path("/learning-paths")
    Page<LearningPath> learningPaths(
            @QueryParam("university") String university,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/learning-paths/{id}")
    LearningPath learningPath(@PathParam("id") UUID id);

    @GET
    @Path("/universities")
    Page<University> universities();
}
