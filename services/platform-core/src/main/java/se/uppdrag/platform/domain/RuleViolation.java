package se.uppdrag.platform.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A business rule of an aggregate refusing a change. The domain raises it without knowing about HTTP; the platform
 * answers it as problem+json in one place: a wrong state 409, an invalid value 400 naming the field, a refusal 422.
 */
public final class RuleViolation extends RuntimeException {

    /** What kind of rule refused. */
    public enum Kind {
        /** The aggregate's state forbids the change now (it may be allowed later or was allowed earlier). */
        WRONG_STATE,
        /** A value given for the change is wrong; {@link #fieldProblem()} names it and says why. */
        INVALID_VALUE,
        /** Well-formed and in a state that allows it, but the rules refuse it. */
        REFUSED
    }

    private final Kind kind;
    private final FieldProblem fieldProblem;

    private RuleViolation(Kind kind, FieldProblem fieldProblem, String detail) {
        super(detail);
        this.kind = kind;
        this.fieldProblem = fieldProblem;
    }

    public static RuleViolation wrongState(String detail) {
        return new RuleViolation(Kind.WRONG_STATE, null, detail);
    }

    /** "{@code <what> is <current>; only <allowed> can be <action>}", the one wording of a refused transition. */
    public static RuleViolation wrongState(
            String what, Enum<?> current, Collection<? extends Enum<?>> allowed, String action) {
        String only = allowed.stream().map(Enum::name).collect(Collectors.joining(" or "));
        return wrongState(what + " is " + current + "; only " + (only.isEmpty() ? "none" : only) + " can be " + action);
    }

    public static RuleViolation invalidValue(String field, String message) {
        return new RuleViolation(Kind.INVALID_VALUE, new FieldProblem(field, message), field + ": " + message);
    }

    public static RuleViolation refused(String detail) {
        return new RuleViolation(Kind.REFUSED, null, detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault and what is wrong with it, for an invalid value. */
    public Optional<FieldProblem> fieldProblem() {
        return Optional.ofNullable(fieldProblem);
    }
}
