package se.uppdrag.platform.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path.Node;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.uppdrag.platform.domain.FieldProblem;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.rest.MediaTypes;

/** Every error a service answers is application/problem+json, decided here once for all services. */
public class ProblemMappers {

    /** Overload, however it is found (no connection free, too many requests in progress): one answer. */
    public static final String BUSY_TITLE = "Busy";

    public static final String BUSY_DETAIL = "The service is at capacity; retry shortly";
    public static final String BUSY_RETRY_AFTER = "1";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** A domain rule's refusal, in the same words a {@link ProblemException} of its status would use. */
    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return problem(asProblem(e), uri);
    }

    static ProblemException asProblem(RuleViolation e) {
        return switch (e.kind()) {
            case WRONG_STATE -> ProblemException.conflict(e.getMessage());
            case INVALID_VALUE -> {
                FieldProblem problem = e.fieldProblem().orElseThrow();
                yield ProblemException.invalidField(problem.field(), problem.message());
            }
            case REFUSED -> ProblemException.unprocessable(e.getMessage());
        };
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "Invalid request", ProblemException.describe(errors), uri, errors);
    }

    /** Quarkus's own violation type for REST parameters; mapped here so its answer has the same shape. */
    @ServerExceptionMapper
    public Response restViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StreamConstraintsException) {
            return respond(
                    400,
                    "Malformed JSON",
                    "The body holds a number too long or values nested too deep",
                    uri,
                    List.of());
        }
        if (e instanceof JsonParseException) {
            return respond(
                    400,
                    "Malformed JSON",
                    "The body is not valid JSON: " + clientSafe(e.getOriginalMessage(), "it cannot be parsed"),
                    uri,
                    List.of());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = fieldMessage(mapping);
            return respond(
                    400,
                    "Invalid request",
                    field + " " + message,
                    uri,
                    List.of(new Problem.FieldError(field, message)));
        }
        return respond(
                400,
                "Invalid request",
                "The body must be a JSON object of the fields this operation takes",
                uri,
                List.of());
    }

    /** What is wrong with one field, in the client's terms: never a Java type or Jackson's own wording. */
    public static String fieldMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid) {
            String own = invalid.getOriginalMessage();
            if (own != null && own.startsWith("must ")) {
                return own; // written for the client by the platform's own readers
            }
            if (invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                return "must be one of "
                        + Arrays.toString(invalid.getTargetType().getEnumConstants());
            }
            return "cannot be read as " + typeName(invalid.getTargetType());
        }
        if (e instanceof ValueInstantiationException
                && e.getCause() instanceof IllegalArgumentException refused
                && refused.getMessage() != null) {
            return clientSafe(refused.getMessage(), "has the wrong type or form");
        }
        if (e instanceof MismatchedInputException mismatched
                && mismatched.getTargetType() != null
                && mismatched.getTargetType().isEnum()) {
            return "must be one of "
                    + Arrays.toString(mismatched.getTargetType().getEnumConstants());
        }
        return "has the wrong type or form";
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        return "the expected type";
    }

    /** The message if it names nothing of the implementation (a Java type, a package); otherwise the fallback. */
    static String clientSafe(String message, String fallback) {
        if (message == null
                || message.contains("`")
                || message.contains("se.uppdrag.")
                || message.contains("java.")
                || message.contains("com.fasterxml")
                || message.length() > 300) {
            return fallback;
        }
        return message;
    }

    /** Quarkus maps this Jackson subtype itself, with a plain JSON body; this one answers problem+json instead. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "Your role does not allow this", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(status, reason, clientSafe(e.getMessage(), reason), uri, List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof IllegalArgumentException && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (isPoolExhausted(e)) {
            // Overload, not a fault: nothing was written (no connection, no transaction); the client may retry.
            LOG.warnf("Busy: no database connection free in time for %s", uri.getPath());
            return Response.fromResponse(respond(503, BUSY_TITLE, BUSY_DETAIL, uri, List.of()))
                    .header("Retry-After", BUSY_RETRY_AFTER)
                    .build();
        }
        if (Causes.any(e, t -> t instanceof HttpClosedException)) {
            // The client went away before its request was read whole: nobody hears the answer, nothing is wrong here.
            LOG.debugf("The client closed the connection during %s", uri.getPath());
            return respond(400, "Invalid request", "The request ended before its body did", uri, List.of());
        }
        if (Outages.isOutage(e)) {
            // The database is down, restarting or refused the transaction (deadlock): the request is not at fault and
            // may well succeed in a few seconds. A 500 would say it broke something. (Rarely a commit's outcome is
            // unknown, so the answer does not claim that nothing changed; orders carry an Idempotency-Key for that.)
            LOG.warnf(
                    "Unavailable: the database failed %s (%s)",
                    uri.getPath(), Causes.root(e).getClass().getName());
            return Response.fromResponse(respond(
                            503,
                            "Unavailable",
                            "The service cannot reach its database just now; retry shortly",
                            uri,
                            List.of()))
                    .header("Retry-After", "5")
                    .build();
        }
        if (isDataException(e)) {
            // PostgreSQL refused a value (a NUL byte, a number out of its range): the request's fault, nothing written.
            LOG.infof("Refused a value the database cannot take on %s", uri.getPath());
            return respond(
                    400, "Invalid request", "A value in the request is malformed or out of range", uri, List.of());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(
                500, "Internal error", "Something went wrong on our side; quote error id " + errorId, uri, List.of());
    }

    /** SQLSTATE class 22, data exception: the value, not the service, is wrong. */
    static boolean isDataException(Throwable e) {
        return Causes.hasSqlState(e, state -> state.startsWith("22"));
    }

    /** Agroal's "acquisition timeout", however deep Hibernate or the transaction layer wrapped it. */
    static boolean isPoolExhausted(Throwable e) {
        return Causes.any(
                e,
                t -> t instanceof SQLException
                        && t.getMessage() != null
                        && t.getMessage().contains("acquisition timeout"));
    }

    private static Response unauthenticated(UriInfo uri) {
        Response.ResponseBuilder builder = Response.status(401)
                .type(MediaTypes.PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .entity(new Problem(
                        "about:blank",
                        "Unauthorized",
                        401,
                        "A valid bearer token is required",
                        uri.getPath(),
                        List.of()));
        return builder.build();
    }

    static Response respond(int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(MediaTypes.PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath(), errors))
                .build();
    }

    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The request field a violation names, as a client writes it ({@code participants[0].email}): without the method
     * and parameter names of method validation. Hibernate Validator puts a list element's index on the node after the
     * list, so it is moved back onto the list's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
        boolean methodValidation = !nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD;
        StringBuilder field = new StringBuilder();
        for (Node node : nodes.subList(methodValidation ? Math.min(2, nodes.size()) : 0, nodes.size())) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.length() > 0 ? field.toString() : String.valueOf(violation.getPropertyPath());
    }
}
