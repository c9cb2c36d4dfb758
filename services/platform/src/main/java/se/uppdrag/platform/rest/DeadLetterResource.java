package se.uppdrag.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.inbox.DeadLetterOffice;
import se.uppdrag.platform.inbox.DeadLetterOffice.Letter;
import se.uppdrag.platform.inbox.Inbox;
import se.uppdrag.platform.security.Roles;

/** The operator's view of what this service's consumers could not apply, and the way to apply it again. */
@Path("/dead-letters")
@Tag(name = "Dead letters", description = "Events this service's consumers gave up on (operator only)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.OPERATOR)
public class DeadLetterResource {

    private static final String LETTER_EXAMPLE = """
            { "topic": "partner.agreements.dlq", "partition": 1, "offset": 7,
              "deadLetteredAt": "2026-11-23T09:14:02.118Z", "consumer": "enrolment-agreements",
              "reason": "agreement 5f0c2a4e-8d7b-4a43-9a55-0d5d2b9f6c11 was never activated here",
              "originalTopic": "partner.agreements", "originalOffset": 4211,
              "key": "5f0c2a4e-8d7b-4a43-9a55-0d5d2b9f6c11", "eventId": "0b6f7c1e-2a8e-4c55-bd2e-6f1f5e3c9a70",
              "eventType": "AgreementTerminated", "applied": false,
              "value": "{\\"eventId\\":\\"0b6f7c1e-2a8e-4c55-bd2e-6f1f5e3c9a70\\",\\"type\\":\\"AgreementTerminated\\", …}" }""";

    /**
     * What a replay did: APPLIED, DUPLICATE (applied before), SKIPPED (not for this consumer), STALE (a newer state of
     * its aggregate was applied meanwhile, which it must not overwrite) or DEAD_LETTERED again.
     */
    public record ReplayResult(String outcome, String reason) {}

    @Inject
    DeadLetterOffice office;

    @GET
    @Operation(
            summary = "List dead letters",
            description = "The latest dead letters of this service's consumers, newest "
                    + "first; `applied` tells whether the event has since been applied (by a replay or a redelivery).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "one dead letter", value = "[" + LETTER_EXAMPLE + "]")))
    public List<Letter> listDeadLetters(@QueryParam("limit") Integer limit) {
        int bounded = limit == null ? 100 : limit;
        if (bounded < 1 || bounded > 1000) {
            throw ProblemException.invalidField("limit", "must be between 1 and 1000");
        }
        return office.list(bounded);
    }

    @GET
    @Path("/{topic}/{partition}/{offset}")
    @Operation(summary = "Read one dead letter", description = "By its place on the dead-letter topic.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "dead letter", value = LETTER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No dead letter of this service there")
    public Letter getDeadLetter(
            @PathParam("topic") String topic, @PathParam("partition") int partition, @PathParam("offset") long offset) {
        return office.find(topic, partition, offset).orElseThrow(() -> notFound(topic, partition, offset));
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @Operation(
            summary = "Replay a dead letter",
            description = "Gives the event again to the consumer that gave up on "
                    + "it, once the cause is fixed. Applied at most once: an event applied before answers DUPLICATE, one older "
                    + "than a state of its aggregate applied since answers STALE. One that still cannot be applied is "
                    + "dead-lettered again with the new reason.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "applied", value = "{ \"outcome\": \"APPLIED\" }"),
                                @ExampleObject(name = "still poison", value = """
                { "outcome": "DEAD_LETTERED", "reason": "invalid event: $.payload.agreementId: is missing but it is required" }""")
                            }))
    @APIResponse(responseCode = "404", description = "No dead letter of this service there")
    public ReplayResult replayDeadLetter(
            @PathParam("topic") String topic, @PathParam("partition") int partition, @PathParam("offset") long offset) {
        Inbox.Result result =
                office.replay(topic, partition, offset).orElseThrow(() -> notFound(topic, partition, offset));
        return new ReplayResult(result.outcome().name(), result.reason());
    }

    private static ProblemException notFound(String topic, int partition, long offset) {
        return ProblemException.notFound("dead letter", topic + "/" + partition + "@" + offset);
    }
}
