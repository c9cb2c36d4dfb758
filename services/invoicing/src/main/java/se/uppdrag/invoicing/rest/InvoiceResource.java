package se.uppdrag.invoicing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.contracts.Money;
import se.uppdrag.invoicing.domain.DeliveryStatus;
import se.uppdrag.invoicing.domain.InvoiceFilter;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceSort;
import se.uppdrag.invoicing.domain.InvoiceStatus;
import se.uppdrag.invoicing.service.Deliveries;
import se.uppdrag.invoicing.service.InvoiceQueries;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.SortOrder;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class InvoiceResource {

    /** The head of a UBL invoice, for the OpenAPI document. */
    static final String UBL_EXAMPLE = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" ...>"
            + "<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>"
            + "<cbc:ID>2021001231-000042</cbc:ID><cbc:IssueDate>2027-01-05</cbc:IssueDate>"
            + "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>...</Invoice>";

    @Inject
    InvoiceQueries queries;

    @Inject
    Deliveries deliveries;

    @Inject
    Caller caller;

    static final String PDF = "application/pdf";

    static final String SORT_DOC = "The order: number, issueDate, dueDate, total, open (left to pay) or buyer (name), "
            + "with '-' before it for descending; newest first when not given";

    private static SortOrder<InvoiceSort> sortOrder(String sort) {
        return QueryParams.sort("sort", sort, InvoiceSort.class);
    }

    @GET
    @Path("invoices")
    @RolesAllowed({Roles.FINANCE, Roles.EMPLOYER})
    @Operation(summary = "List invoices", description = "Finance staff see their university's, employers their own.")
    public PageResponse<InvoiceView> listInvoices(
            @Parameter(description = "OPEN, PARTIALLY_PAID, PAID, OVERDUE, CREDITED") @QueryParam("status")
                    String status,
            @Parameter(example = "5566778808") @QueryParam("buyer") String buyer,
            @QueryParam("order") String order,
            @Parameter(description = "Invoices under this agreement") @QueryParam("agreement") String agreement,
            @Parameter(
                            description =
                                    "A part of the number, of the buyer's name or of the buyer's order number, or the "
                                            + "start of the OCR reference or of the buyer's organisation number",
                            example = "000042")
                    @QueryParam("q")
                    String q,
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-12-31") @QueryParam("to") String to,
            @Parameter(
                            description =
                                    "Those whose e-invoice's delivery over Peppol is PENDING, DELIVERED or FAILED",
                            example = "FAILED")
                    @QueryParam("delivery")
                    String delivery,
            @Parameter(description = SORT_DOC, example = "-dueDate") @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var filter = new InvoiceFilter(
                QueryParams.enumeration("status", status, InvoiceStatus.class),
                QueryParams.text("buyer", buyer, 10),
                QueryParams.uuid("order", order),
                QueryParams.uuid("agreement", agreement),
                null,
                QueryParams.text("q", q, 100),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.enumeration("delivery", delivery, DeliveryStatus.class));
        return paging.respond(
                queries.list(
                        caller.viewer(), InvoiceKind.INVOICE, filter, sortOrder(sort), paging.page(), paging.size()),
                InvoiceView::of);
    }

    /** Sums over the invoices a caller sees. */
    public record TotalsView(long invoices, Money invoiced, Money credited, Money paid, Money open, Money overdue) {}

    @GET
    @Path("invoices/totals")
    @RolesAllowed({Roles.FINANCE, Roles.EMPLOYER})
    @Operation(
            summary = "Sum up invoices",
            description =
                    "Over the invoices the caller sees (finance staff their "
                            + "university's, employers their own), narrowed by agreement, buyer and issue dates: how many, invoiced, "
                            + "credited, paid, open (left to pay) and overdue, VAT included. What an employer has spent under an agreement.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            schema = @Schema(implementation = TotalsView.class),
                            examples =
                                    @ExampleObject(
                                            name = "an agreement",
                                            value =
                                                    "{ \"invoices\": 2, \"invoiced\": { \"amount\": \"37500.00\", "
                                                            + "\"currency\": \"SEK\" }, \"credited\": { \"amount\": \"0.00\", \"currency\": \"SEK\" }, \"paid\": "
                                                            + "{ \"amount\": \"18750.00\", \"currency\": \"SEK\" }, \"open\": { \"amount\": \"18750.00\", "
                                                            + "\"currency\": \"SEK\" }, \"overdue\": { \"amount\": \"0.00\", \"currency\": \"SEK\" } }")))
    @APIResponse(responseCode = "400", description = "A malformed filter")
    public TotalsView totals(
            @Parameter(description = "Invoices under this agreement") @QueryParam("agreement") String agreement,
            @Parameter(example = "5566778808") @QueryParam("buyer") String buyer,
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-12-31") @QueryParam("to") String to) {
        var filter = new InvoiceFilter(
                null,
                QueryParams.text("buyer", buyer, 10),
                null,
                QueryParams.uuid("agreement", agreement),
                null,
                null,
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                null);
        var t = queries.totals(caller.viewer(), filter);
        return new TotalsView(
                t.invoices(),
                Money.sek(t.invoiced()),
                Money.sek(t.credited()),
                Money.sek(t.paid()),
                Money.sek(t.open()),
                Money.sek(t.overdue()));
    }

    @GET
    @Path("invoices/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.EMPLOYER})
    @Operation(
            summary = "Read an invoice",
            description = "As JSON, as the Peppol BIS Billing 3.0 UBL document (Accept: application/xml), or as a "
                    + "PDF for a person (Accept: application/pdf; for buyers without a Peppol endpoint), to the seller "
                    + "and the buyer only.")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, PDF})
    @APIResponse(
            responseCode = "200",
            description = "JSON, or with Accept: application/xml the Peppol BIS Billing 3.0 UBL Invoice",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)),
                @Content(mediaType = MediaType.APPLICATION_XML, example = UBL_EXAMPLE),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such invoice for the caller")
    public Response getInvoice(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (Negotiation.prefers(headers, PDF)) {
            return pdf(queries.pdf(caller.viewer(), InvoiceKind.INVOICE, id), "faktura-" + id);
        }
        return Negotiation.jsonOr(
                headers,
                MediaType.APPLICATION_XML,
                () -> queries.ubl(caller.viewer(), InvoiceKind.INVOICE, id),
                () -> InvoiceView.of(queries.get(caller.viewer(), InvoiceKind.INVOICE, id)));
    }

    @GET
    @Path("credit-notes")
    @RolesAllowed({Roles.FINANCE, Roles.EMPLOYER})
    @Operation(
            summary = "List credit notes",
            description = "Finance staff see their university's, employers their own; "
                    + "newest first. Each names the invoice it credits.")
    public PageResponse<InvoiceView> creditNotes(
            @Parameter(example = "5566778808") @QueryParam("buyer") String buyer,
            @QueryParam("order") String order,
            @Parameter(description = "Only those crediting this invoice") @QueryParam("invoice") String invoice,
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-12-31") @QueryParam("to") String to,
            @Parameter(description = SORT_DOC, example = "-dueDate") @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var filter = new InvoiceFilter(
                null,
                QueryParams.text("buyer", buyer, 10),
                QueryParams.uuid("order", order),
                null,
                QueryParams.uuid("invoice", invoice),
                null,
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                null);
        return paging.respond(
                queries.list(
                        caller.viewer(),
                        InvoiceKind.CREDIT_NOTE,
                        filter,
                        sortOrder(sort),
                        paging.page(),
                        paging.size()),
                InvoiceView::of);
    }

    @GET
    @Path("credit-notes/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.EMPLOYER})
    @Operation(
            summary = "Read a credit note",
            description = "It names the invoice it credits. JSON, UBL (Accept: application/xml) or PDF (Accept: "
                    + "application/pdf).")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, PDF})
    @APIResponse(
            responseCode = "200",
            description = "JSON, or with Accept: application/xml the Peppol BIS Billing 3.0 UBL CreditNote",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)),
                @Content(mediaType = MediaType.APPLICATION_XML),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "404", description = "No such credit note for the caller")
    public Response creditNote(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (Negotiation.prefers(headers, PDF)) {
            return pdf(queries.pdf(caller.viewer(), InvoiceKind.CREDIT_NOTE, id), "kreditfaktura-" + id);
        }
        return Negotiation.jsonOr(
                headers,
                MediaType.APPLICATION_XML,
                () -> queries.ubl(caller.viewer(), InvoiceKind.CREDIT_NOTE, id),
                () -> InvoiceView.of(queries.get(caller.viewer(), InvoiceKind.CREDIT_NOTE, id)));
    }

    @POST
    @Path("invoices/{id}/delivery/retry")
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            summary = "Send an invoice's e-invoice again",
            description = "For a delivery over Peppol that was given up (or is still being retried): sent once more "
                    + "now, under the same AS4 message id, with its attempts counted afresh. The seller's finance staff "
                    + "only; a delivered document is not sent again (409).")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, pending again",
            content = @Content(schema = @Schema(implementation = InvoiceView.DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such invoice of the caller's, or none delivered over Peppol")
    @APIResponse(responseCode = "409", description = "Already delivered")
    public InvoiceView.DeliveryView retryInvoiceDelivery(@PathParam("id") UUID id) {
        return retry(id, "invoice");
    }

    @POST
    @Path("credit-notes/{id}/delivery/retry")
    @RolesAllowed(Roles.FINANCE)
    @Operation(
            summary = "Send a credit note's e-invoice again",
            description = "As for an invoice: a delivery over Peppol given up or still being retried is sent once more "
                    + "now; a delivered one is not sent again (409).")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, pending again",
            content = @Content(schema = @Schema(implementation = InvoiceView.DeliveryView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such credit note of the caller's, or none delivered over Peppol")
    @APIResponse(responseCode = "409", description = "Already delivered")
    public InvoiceView.DeliveryView retryCreditNoteDelivery(@PathParam("id") UUID id) {
        return retry(id, "credit note");
    }

    private InvoiceView.DeliveryView retry(UUID id, String kind) {
        return InvoiceView.DeliveryView.of(deliveries
                .retry(caller.viewer(), id)
                .orElseThrow(() -> ProblemException.notFound(kind + " delivered over Peppol", id)));
    }

    private static Response pdf(byte[] document, String name) {
        return Response.ok(document, PDF)
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .build();
    }
}
