package se.uppdrag.platform.inbox;

/** An event that no retry can apply (malformed, unknown, or contradicting what this service knows): a dead letter. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
