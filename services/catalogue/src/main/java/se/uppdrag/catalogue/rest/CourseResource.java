package se.uppdrag.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.catalogue.service.CourseRequest;
import se.uppdrag.catalogue.service.CourseService;
import se.uppdrag.catalogue.service.OccasionRequest;
import se.uppdrag.catalogue.service.OccasionService;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/courses")
@Tag(name = "Courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    static final String COURSE_EXAMPLE = """
            { "code": "KUS101", "title": "Industrial machine learning",
              "description": "Machine learning for production engineers: data, models and their use on the shop floor.",
              "credits": 7.5, "cycle": "FIRST", "subject": "Computer science", "language": "sv",
              "learningOutcomes": ["Train and evaluate a model on production data", "Judge when a model can be trusted"] }""";

    static final String OCCASION_EXAMPLE = """
            { "startDate": "2027-02-01", "endDate": "2027-03-31", "pace": 50, "deliveryMode": "ONLINE",
              "location": "Kustby", "seats": 20, "orderDeadline": "2027-01-15",
              "listPrice": { "amount": "18000.00", "currency": "SEK" } }""";

    @Inject
    CourseService courses;

    @Inject
    OccasionService occasions;

    @Inject
    SchemaOrg schemaOrg;

    @Inject
    Caller caller;

    @Inject
    Universities universities;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.LD_JSON})
    @Operation(
            summary = "List courses",
            description = "Anyone may read. Accept: application/ld+json answers a schema.org @graph of Course.")
    public Response listCourses(
            @QueryParam("university") String university,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @Context HttpHeaders headers) {
        PageRequest paging = PageRequest.of(page, size);
        var result = courses.list(
                QueryParams.text("university", university, 10), caller.optionalViewer(), paging.page(), paging.size());
        return Negotiation.jsonOr(
                headers,
                MediaTypes.LD_JSON,
                () -> schemaOrg.courses(result.items()),
                () -> paging.respond(result, c -> CourseView.of(c, universities)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.LD_JSON})
    @Operation(
            summary = "Read a course",
            description = "Accept: application/ld+json answers a schema.org Course with its CourseInstances.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseView.class)),
                @Content(mediaType = MediaTypes.LD_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "404", description = "No such course")
    public Response getCourse(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        var viewer = caller.optionalViewer();
        var course = courses.get(id, viewer);
        return Negotiation.jsonOr(
                headers,
                MediaTypes.LD_JSON,
                () -> schemaOrg.course(course, occasions.ofCourse(id, viewer)),
                () -> CourseView.of(course, universities));
    }

    @POST
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Publish a course", description = "For the university in the caller's token.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "course", value = COURSE_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid details")
    @APIResponse(responseCode = "409", description = "The university already has a course with this code")
    public Response create(@Valid @NotNull CourseRequest details) {
        var course = courses.create(caller.organisation(), details);
        return Response.created(URI.create("/courses/" + course.id))
                .entity(CourseView.of(course, universities))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            summary = "Change a course",
            description = "Replaces its details; its occasions are announced again (OfferingChanged).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "course", value = COURSE_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "404", description = "No such course at the caller's university")
    public CourseView updateCourse(@PathParam("id") UUID id, @Valid @NotNull CourseRequest details) {
        return CourseView.of(courses.update(caller.organisation(), id, details), universities);
    }

    @GET
    @Path("/{id}/occasions")
    @PermitAll
    @Operation(
            summary = "List a course's occasions",
            description = "Soonest first. Anyone sees the published ones; the "
                    + "course's own university sees the withdrawn ones too.")
    @APIResponse(
            responseCode = "200",
            description = "A page of occasions",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    "{ \"items\": [ { \"id\": \"3f1c2a9e-6b1d-4c8e-9f0a-2b7d5e8c1a01\", \"status\": \"WITHDRAWN\", "
                                                            + "\"withdrawReason\": \"Too few participants\" } ], \"total\": 1, \"totalExact\": true, \"page\": 0, \"size\": 20 }")))
    @APIResponse(responseCode = "404", description = "No such course")
    public PageResponse<OccasionView> occasions(
            @PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var viewer = caller.optionalViewer();
        var course = courses.get(id, viewer);
        boolean owner = caller.hasRole(Roles.UNIVERSITY)
                && caller.optionalOrganisation().map(course::ownedBy).orElse(false);
        var result = occasions.ofCourse(id, owner, viewer, paging.page(), paging.size());
        return paging.respond(result, o -> OccasionView.of(o, universities));
    }

    @POST
    @Path("/{id}/occasions")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Schedule an occasion of a course", description = "Published at once (OfferingPublished).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "occasion", value = OCCASION_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OccasionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid details, e.g. end before start or order deadline after start")
    @APIResponse(responseCode = "404", description = "No such course at the caller's university")
    public Response addOccasion(@PathParam("id") UUID id, @Valid @NotNull OccasionRequest details) {
        var occasion = occasions.publish(caller.organisation(), id, details);
        return Response.created(URI.create("/occasions/" + occasion.id))
                .entity(OccasionView.of(occasion, universities))
                .build();
    }
}
