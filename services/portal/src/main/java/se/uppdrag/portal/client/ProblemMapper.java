package se.uppdrag.portal.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's 4xx or 5xx answer into a {@link ServiceProblem} carrying what the service said. */
public class ProblemMapper implements ResponseExceptionMapper<ServiceProblem> {

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public ServiceProblem toThrowable(Response response) {
        int status = response.getStatus();
        ServiceProblem.Problem problem = null;
        MediaType type = response.getMediaType();
        if (response.hasEntity() && type != null && type.getSubtype().endsWith("json")) {
            try {
                response.bufferEntity();
                problem = JSON.readValue(response.readEntity(String.class), ServiceProblem.Problem.class);
            } catch (Exception e) {
                problem = null; // a body that is not a problem document: the status says enough
            }
        }
        if (problem == null) {
            String reason = response.getStatusInfo().getReasonPhrase();
            problem = new ServiceProblem.Problem(reason, status, reason, List.of());
        }
        return new ServiceProblem(status, problem);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
