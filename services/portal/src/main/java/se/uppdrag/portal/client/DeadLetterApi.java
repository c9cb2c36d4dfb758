package se.uppdrag.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import se.uppdrag.portal.client.Operations.DeadLetter;
import se.uppdrag.portal.client.Operations.ReplayResult;

/**
 * The dead-letter office every service has at the same paths; one client per service below (each names its token
 * propagation itself: a sub-interface does not inherit it).
 */
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Path("/dead-letters")
public interface DeadLetterApi {

    @GET
    List<DeadLetter> list(@QueryParam("limit") Integer limit);

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    ReplayResult replay(
            @PathParam("topic") String topic, @PathParam("partition") int partition, @PathParam("offset") long offset);

    @RegisterRestClient(configKey = "catalogue")
    @RegisterProvider(ProblemMapper.class)
    @AccessToken
    interface Catalogue extends DeadLetterApi {}

    @RegisterRestClient(configKey = "partner-agreement")
    @RegisterProvider(ProblemMapper.class)
    @AccessToken
    interface PartnerAgreement extends DeadLetterApi {}

    @RegisterRestClient(configKey = "enrolment")
    @RegisterProvider(ProblemMapper.class)
    @AccessToken
    interface Enrolment extends DeadLetterApi {}

    @RegisterRestClient(configKey = "invoicing")
    @RegisterProvider(ProblemMapper.class)
    @AccessToken
    interface Invoicing extends DeadLetterApi {}
}
