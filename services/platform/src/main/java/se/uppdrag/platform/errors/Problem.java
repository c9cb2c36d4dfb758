package se.uppdrag.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document: what went wrong, said for the person reading it, and for 400s the fields at fault.
 * Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One invalid field: its path in the request (e.g. {@code listPrice.amount}) and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
