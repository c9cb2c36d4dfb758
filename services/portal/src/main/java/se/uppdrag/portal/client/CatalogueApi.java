package se.uppdrag.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.Catalogue.CourseRequest;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.Catalogue.LearningPathRequest;
import se.uppdrag.portal.client.Catalogue.Occasion;
import se.uppdrag.portal.client.Catalogue.OccasionRequest;
import se.uppdrag.portal.client.Catalogue.Withdrawal;

/** The catalogue as a signed-in university administrator changes it, with the user's own token. */
@RegisterRestClient(configKey = "catalogue")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CatalogueApi {

    /** An occasion as the signed-in user may see it: a closed one too, for its employer and university. */
    @GET
    @Path("/occasions/{id}")
    Occasion occasion(@PathParam("id") UUID id);

    @GET
    @Path("/courses/{id}")
    Course course(@PathParam("id") UUID id);

    @GET
    @Path("/courses")
    Page<Course> courses(
            @QueryParam("university") String university,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @POST
    @Path("/courses")
    Course createCourse(CourseRequest details);

    @PUT
    @Path("/courses/{id}")
    Course updateCourse(@PathParam("id") UUID id, CourseRequest details);

    /** Every occasion of the course; its own university sees withdrawn ones too. */
    @GET
    @Path("/courses/{id}/occasions")
    Page<Occasion> occasionsOf(@PathParam("id") UUID courseId);

    @POST
    @Path("/courses/{id}/occasions")
    Occasion addOccasion(@PathParam("id") UUID courseId, OccasionRequest details);

    @PATCH
    @Path("/occasions/{id}")
    Occasion changeOccasion(@PathParam("id") UUID id, OccasionRequest changes);

    @POST
    @Path("/occasions/{id}/withdraw")
    Occasion withdraw(@PathParam("id") UUID id, Withdrawal withdrawal);

    @POST
    @Path("/learning-paths")
    LearningPath publishPath(LearningPathRequest details);

    @PUT
    @Path("/learning-paths/{id}")
    LearningPath updatePath(@PathParam("id") UUID id, LearningPathRequest details);
}
