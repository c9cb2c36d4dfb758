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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.catalogue.service.LearningPathRequest;
import se.uppdrag.catalogue.service.LearningPathService;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/learning-paths")
@Tag(name = "Learning paths")
@Produces(MediaType.APPLICATION_JSON)
public class LearningPathResource {

    @Inject
    LearningPathService paths;

    @Inject
    SchemaOrg schemaOrg;

    @Inject
    Caller caller;

    @Inject
    Universities universities;

    @POST
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            summary = "Publish a learning path",
            description = "Courses in order, from any universities (LearningPathPublished).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "path", value = """
            { "title": "Industrial digitalisation", "description": "From sensors to machine learning in production.",
              "courseIds": ["8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02", "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d08"] }""")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = LearningPathView.class)))
    @APIResponse(responseCode = "400", description = "Invalid details or an unknown course")
    public Response publish(@Valid @NotNull LearningPathRequest details) {
        var path = paths.publish(caller.organisation(), details);
        return Response.created(URI.create("/learning-paths/" + path.path().id))
                .entity(LearningPathView.of(path, universities))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            summary = "Change a learning path",
            description = "Replaces its title, description and courses "
                    + "(LearningPathChanged). Only the university that published it may.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "path", value = """
            { "title": "Industrial digitalisation", "description": "From sensors to machine learning in production.",
              "courseIds": ["8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02", "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d08"] }""")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = LearningPathView.class)))
    @APIResponse(responseCode = "400", description = "Invalid details or an unknown course")
    @APIResponse(responseCode = "404", description = "No such learning path of the caller's university")
    public LearningPathView updateLearningPath(@PathParam("id") UUID id, @Valid @NotNull LearningPathRequest details) {
        return LearningPathView.of(paths.update(caller.organisation(), id, details), universities);
    }

    @GET
    @PermitAll
    @Operation(summary = "List learning paths", description = "By title; university= narrows to one university's.")
    public PageResponse<LearningPathView> listLearningPaths(
            @Parameter(description = "Only the paths this university published", example = "2021001231")
                    @QueryParam("university")
                    String university,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var result = paths.list(QueryParams.text("university", university, 10), paging.page(), paging.size());
        return paging.respond(result, p -> LearningPathView.of(p, universities));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.LD_JSON})
    @Operation(
            summary = "Read a learning path",
            description = "Accept: application/ld+json answers a schema.org EducationalOccupationalProgram.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = LearningPathView.class)))
    @APIResponse(responseCode = "404", description = "No such learning path")
    public Response getLearningPath(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        var path = paths.get(id);
        return Negotiation.jsonOr(
                headers,
                MediaTypes.LD_JSON,
                () -> schemaOrg.learningPath(path),
                () -> LearningPathView.of(path, universities));
    }
}
