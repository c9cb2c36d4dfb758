package se.uppdrag.platform.errors;

import java.util.List;
import java.util.stream.Collectors;

/** A refusal the caller can act on; the mapper turns it into problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 400: the request itself is wrong. */
    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    /** 400 naming each field at fault; the detail lists them all, as "field message; field message". */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return invalid(describe(errors), errors);
    }

    /** The fields at fault in one line, the detail of every answer that names them. */
    public static String describe(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** 404: absent, or another organisation's (which must look the same). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", "No " + what + " " + id, List.of());
    }

    /** 409: the request is fine but the resource's state forbids it now. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    /** 422: well-formed, but the business rules refuse it. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable request", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
