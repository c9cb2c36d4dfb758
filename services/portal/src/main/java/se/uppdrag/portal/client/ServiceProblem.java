package se.uppdrag.portal.client;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service refused a call and said why in problem+json (RFC 9457): its status, title, detail and, for a 400, the
 * fields at fault. Pages show the detail as it is and each field's message beside the field.
 */
public class ServiceProblem extends RuntimeException {

    /** The body of a refusal, as the services write it. */
    public record Problem(String title, int status, String detail, List<FieldError> errors) {}

    public record FieldError(String field, String message) {}

    private final int status;
    private final Problem problem;

    public ServiceProblem(int status, Problem problem) {
        super(problem.detail() != null ? problem.detail() : problem.title());
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public String title() {
        return problem.title();
    }

    /** What the service said, for the person reading it. */
    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return problem.errors() == null ? List.of() : problem.errors();
    }

    /** Field path (e.g. {@code participants[0].email}) → message. */
    public Map<String, String> fieldErrors() {
        return errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    /** A refusal the user can act on (bad input, a state conflict, a rule), as opposed to a missing or forbidden thing. */
    public boolean isRefusal() {
        return status == 400 || status == 409 || status == 413 || status == 422;
    }
}
