package se.uppdrag.agreement.rest;

import static se.uppdrag.platform.csv.CsvCells.cell;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.agreement.domain.InquiryNeed;
import se.uppdrag.agreement.domain.InquiryPhase;
import se.uppdrag.agreement.domain.OfferContent;
import se.uppdrag.agreement.rest.InquiryView.OfferView;
import se.uppdrag.agreement.rest.InquiryView.QuestionView;
import se.uppdrag.agreement.service.AwardRequest;
import se.uppdrag.agreement.service.DeclineRequest;
import se.uppdrag.agreement.service.InquiryService;
import se.uppdrag.agreement.service.InquiryService.InquiryRecord;
import se.uppdrag.agreement.service.InquiryTextRequest;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/inquiries")
@Tag(name = "Inquiries", description = "An employer's need for a tailored course, the universities' offers, the award")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class InquiryResource {

    static final String NEED_EXAMPLE = """
            { "title": "Machine learning for production engineers",
              "learningOutcomes": ["Train and evaluate a classifier on production data",
                                   "Judge when a model's predictions can be trusted"],
              "subject": "Computer science", "participants": 20,
              "participantBackground": "Production engineers, some Python",
              "periodFrom": "2027-09-01", "periodTo": "2027-12-15", "place": "Umeå", "mode": "HYBRID",
              "language": "sv", "creditsWanted": true, "budgetCeiling": { "amount": "400000.00", "currency": "SEK" },
              "procurement": { "kind": "DIRECT_AWARD", "reference": "HR-2027-14" },
              "offerDeadline": "2027-05-31T15:00:00Z",
              "recipients": { "allUniversities": false, "universities": ["2021001231", "2021004565"] } }""";

    static final String OFFER_EXAMPLE = """
            { "course": { "newCourse": { "title": "Machine learning in production", "credits": 7.5, "cycle": "FIRST",
                          "learningOutcomes": ["Train and evaluate a classifier on production data"] } },
              "occasions": [ { "startDate": "2027-09-06", "endDate": "2027-11-26", "mode": "HYBRID", "seats": 20,
                               "place": "Umeå" } ],
              "price": { "basis": "WHOLE_COURSE", "amount": { "amount": "360000.00", "currency": "SEK" } },
              "validUntil": "2027-06-30",
              "cancellation": { "fees": [ { "withinDaysOfStart": 14, "percent": 100 } ] },
              "invoicing": { "paymentDays": 30, "buyerReference": "HR-2027-14", "invoiceOn": "CONFIRMATION" },
              "message": "Taught by the department of computing science, half the sessions at your site." }""";

    @Inject
    InquiryService inquiries;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Draft an inquiry",
            description = "By the employer in the caller's token; nobody else sees it until it is published.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two universities", value = NEED_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid need: period, deadline in the past or after the start, budget, recipients")
    @APIResponse(responseCode = "422", description = "The caller's employer is not registered")
    public Response draftInquiry(@Valid @NotNull InquiryNeed need) {
        InquiryRecord record = inquiries.draft(caller.organisation(), need);
        return Response.created(URI.create("/inquiries/" + record.inquiry().id))
                .entity(InquiryView.of(record))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft inquiry", description = "Only while it is a DRAFT.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two universities", value = NEED_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft any more")
    public InquiryView redraftInquiry(@PathParam("id") UUID id, @Valid @NotNull InquiryNeed need) {
        return InquiryView.of(inquiries.redraft(caller.organisation(), id, need));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(
            summary = "Send the inquiry to its universities",
            description = "To those named, or to every registered university; it is OPEN for questions and offers"
                    + " until its deadline, then CLOSED.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "400", description = "The deadline has passed since the draft was written")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public InquiryView publish(@PathParam("id") UUID id) {
        return InquiryView.of(inquiries.publish(caller.organisation(), id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an inquiry", description = "Before the award, with a reason every recipient sees.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "cancel",
                                            value = "{ \"text\": \"The project was postponed a year\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "409", description = "Already awarded or cancelled")
    public InquiryView cancel(@PathParam("id") UUID id, @Valid @NotNull InquiryTextRequest reason) {
        return InquiryView.of(inquiries.cancel(caller.organisation(), id, reason.text()));
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.UNIVERSITY, Roles.OPERATOR})
    @Operation(
            summary = "List inquiries",
            description = "An employer's own; a university's administrators those sent to it; an operator all.")
    public PageResponse<InquiryView> list(
            @Parameter(example = "OPEN") @QueryParam("phase") String phase,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var result = inquiries.list(
                caller.viewer(),
                QueryParams.enumeration("phase", phase, InquiryPhase.class),
                paging.page(),
                paging.size());
        return paging.respond(result, InquiryView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.UNIVERSITY, Roles.OPERATOR})
    @Operation(
            summary = "Read an inquiry",
            description = "Its employer, the universities it was sent to (each seeing only its own offer), operators;"
                    + " anyone else gets 404. Offers are sealed until the deadline.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(responseCode = "404", description = "No such inquiry for the caller")
    public InquiryView get(@PathParam("id") UUID id) {
        return InquiryView.of(inquiries.get(caller.viewer(), id));
    }

    @POST
    @Path("/{id}/questions")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask the employer a question",
            description = "While the inquiry is open; every recipient sees the question and its answer, not who asked.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "question",
                                            value = "{ \"text\": \"May the course be given in two groups of ten?\" }")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "The inquiry is not open")
    public Response ask(@PathParam("id") UUID id, @Valid @NotNull InquiryTextRequest question) {
        String university = caller.organisation();
        var asked = inquiries.ask(university, id, question.text());
        return Response.created(URI.create("/inquiries/" + id + "/questions/" + asked.id))
                .entity(new QuestionView(asked.id, asked.question, null, university, asked.askedAt, null))
                .build();
    }

    @POST
    @Path("/{id}/questions/{questionId}/answer")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question", description = "Once, while the inquiry is open; every recipient sees it.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "answer",
                                            value = "{ \"text\": \"Yes, two groups suit us well.\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or the inquiry is not open")
    public QuestionView answer(
            @PathParam("id") UUID id,
            @PathParam("questionId") UUID questionId,
            @Valid @NotNull InquiryTextRequest answer) {
        var answered = inquiries.answer(caller.organisation(), id, questionId, answer.text());
        return new QuestionView(
                answered.id, answered.question, answered.answer, null, answered.askedAt, answered.answeredAt);
    }

    @PUT
    @Path("/{id}/offer")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make or revise the caller's university's offer",
            description = "Until the deadline; a revision replaces the last answer (an offer, a withdrawal or a"
                    + " decline) and counts its revision up. Nobody else sees it before the deadline.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a new course", value = OFFER_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid offer: course, occasions, price, validity, another university's course")
    @APIResponse(responseCode = "404", description = "No such inquiry sent to the caller's university")
    @APIResponse(responseCode = "409", description = "The inquiry is not open (the deadline has passed)")
    public OfferView offer(@PathParam("id") UUID id, @Valid @NotNull OfferContent offer) {
        return ownOffer(inquiries.offer(caller.organisation(), id, offer));
    }

    @POST
    @Path("/{id}/offer/withdraw")
    @RolesAllowed(Roles.UNIVERSITY)
    @Operation(summary = "Withdraw the caller's university's offer", description = "Until the deadline.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "409", description = "No standing offer, or the inquiry is not open")
    public OfferView withdraw(@PathParam("id") UUID id) {
        return ownOffer(inquiries.withdraw(caller.organisation(), id));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decline to offer",
            description = "Until the deadline, optionally referring the employer to another university.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "with a referral",
                                            value = "{ \"reason\": \"We teach no welding\","
                                                    + " \"referTo\": \"2021004565\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "The referral is not another registered university")
    @APIResponse(responseCode = "409", description = "The inquiry is not open")
    public OfferView declineInquiry(@PathParam("id") UUID id, @Valid @NotNull DeclineRequest request) {
        return ownOffer(inquiries.decline(caller.organisation(), id, request));
    }

    @GET
    @Path("/{id}/offers")
    @RolesAllowed({Roles.EMPLOYER, Roles.OPERATOR})
    @Operation(
            summary = "Compare the offers",
            description = "Every answer side by side (price per participant, total, dates, mode, credits), once the"
                    + " deadline has passed.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OfferView.class)))
    @APIResponse(responseCode = "409", description = "Still open: offers are sealed until the deadline")
    public List<OfferView> offers(@PathParam("id") UUID id) {
        return InquiryView.of(inquiries.compare(caller.viewer(), id)).offers();
    }

    @POST
    @Path("/{id}/award")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Award one offer",
            description = "After the deadline. The others are not chosen; the offer's course, price per participant,"
                    + " cancellation and invoicing terms become an agreement PROPOSED to the employer.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "award",
                                            value = "{ \"offerId\": \"3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = InquiryView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Before the deadline, already awarded, cancelled, or the offer withdrawn or lapsed")
    public InquiryView award(@PathParam("id") UUID id, @Valid @NotNull AwardRequest request) {
        return InquiryView.of(inquiries.award(caller.organisation(), id, request.offerId()));
    }

    @GET
    @Path("/{id}/record")
    @RolesAllowed({Roles.EMPLOYER, Roles.OPERATOR})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            summary = "The procurement record",
            description = "The inquiry, every answer received and the award, for the employer's procurement file;"
                    + " once the deadline has passed. Accept: text/csv gives one line per answer.")
    @APIResponse(responseCode = "409", description = "Still open: offers are sealed until the deadline")
    public Response record(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        InquiryView inquiry = InquiryView.of(inquiries.compare(caller.viewer(), id));
        return Negotiation.jsonOr(headers, MediaTypes.TEXT_CSV, () -> csv(inquiry), () -> inquiry);
    }

    private String csv(InquiryView inquiry) {
        Map<String, String> names = inquiries.names(Stream.concat(
                        inquiry.offers().stream().map(OfferView::university),
                        inquiry.offers().stream().map(OfferView::referTo))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<String> lines = new ArrayList<>();
        lines.add("inquiry_id,inquiry_title,university,university_name,status,revision,course,credits,first_day,"
                + "last_day,modes,seats,price_basis,price_sek,price_per_participant_sek,total_sek,valid_until,"
                + "submitted_at,updated_at,decline_reason,referred_to,awarded");
        for (OfferView o : inquiry.offers()) {
            boolean offered = o.price() != null;
            var course = o.course();
            String courseName = !offered
                    ? ""
                    : course.existingCourseId() != null
                            ? course.existingCourseId().toString()
                            : course.newCourse().title();
            String credits =
                    offered && course.newCourse() != null && course.newCourse().credits() != null
                            ? course.newCourse().credits().toPlainString()
                            : "";
            lines.add(String.join(
                    ",",
                    inquiry.id().toString(),
                    cell(inquiry.title()),
                    o.university(),
                    cell(names.get(o.university())),
                    o.status().name(),
                    Integer.toString(o.revision()),
                    cell(courseName),
                    credits,
                    offered ? o.firstDay().toString() : "",
                    offered ? o.lastDay().toString() : "",
                    offered
                            ? cell(String.join(
                                    " ",
                                    o.occasions().stream()
                                            .map(x -> x.mode().name())
                                            .distinct()
                                            .toList()))
                            : "",
                    offered
                            ? Integer.toString(o.occasions().stream()
                                    .mapToInt(OfferContent.ProposedOccasion::seats)
                                    .sum())
                            : "",
                    offered ? o.price().basis().name() : "",
                    offered ? o.price().amount().amount().toPlainString() : "",
                    offered ? o.pricePerParticipant().amount().toPlainString() : "",
                    offered ? o.total().amount().toPlainString() : "",
                    offered ? o.validUntil().toString() : "",
                    o.submittedAt().toString(),
                    o.updatedAt().toString(),
                    cell(o.declineReason()),
                    o.referTo() == null ? "" : o.referTo(),
                    Boolean.toString(o.id().equals(inquiry.awardedOfferId()))));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /** The caller's university's own answer, from the inquiry as it sees it. */
    private static OfferView ownOffer(InquiryRecord record) {
        return InquiryView.of(record).offers().get(0);
    }
}
