package se.uppdrag.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** A participant's evaluation behind a personal link: no token is sent (participants have no account). */
@RegisterRestClient(configKey = "enrolment")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PublicEvaluationApi {

    @GET
    @Path("/evaluations/{token}")
    Evaluations.Form form(@PathParam("token") String token);

    @POST
    @Path("/evaluations/{token}")
    void answer(@PathParam("token") String token, Evaluations.Answers answers);
}
