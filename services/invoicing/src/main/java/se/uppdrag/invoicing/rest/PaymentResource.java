package se.uppdrag.invoicing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import se.uppdrag.invoicing.domain.PaymentStatus;
import se.uppdrag.invoicing.service.Payments;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.FINANCE)
public class PaymentResource {

    static final String CAMT_EXAMPLE = """
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
              <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2027-02-01T06:00:00</CreDtTm></GrpHdr>
              <Ntfctn><Id>N-1</Id><CreDtTm>2027-02-01T06:00:00</CreDtTm><Acct><Id><Othr><Id>50501055</Id></Othr></Id></Acct>
                <Ntry><Amt Ccy="SEK">37500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2027-02-01</Dt></BookgDt><ValDt><Dt>2027-02-01</Dt></ValDt><AcctSvcrRef>E-1</AcctSvcrRef>
                  <BkTxCd/><NtryDtls><TxDtls><Refs><AcctSvcrRef>T-1</AcctSvcrRef></Refs>
                    <RltdPties><Dbtr><Nm>Verkstadsbolaget Nord AB</Nm></Dbtr></RltdPties>
                    <RmtInf><Strd><CdtrRefInf><Ref>1000000000013</Ref></CdtrRefInf></Strd></RmtInf>
                  </TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""";

    @Inject
    Payments payments;

    @Inject
    Caller caller;

    /** What one import did. */
    public record ImportView(
            UUID importId,
            String format,
            int read,
            int matched,
            int unmatched,
            int alreadySeen,
            int ignored,
            boolean fileAlreadyImported) {}

    /** POST /payments/{id}/allocate's body. */
    public record Allocation(@NotNull UUID invoiceId) {}

    @POST
    @Path("imports")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import a bank file",
            description = "An ISO 20022 camt.054 notification (application/xml) or a "
                    + "Bankgirot BgMax file (text/plain, ISO-8859-1). Payments are matched to the caller's invoices by OCR "
                    + "reference. The same file, or a payment already imported from another file, changes nothing; a malformed "
                    + "file is rejected whole (400, naming the line or element) and nothing is imported.")
    @RequestBody(
            content = {
                @Content(mediaType = MediaType.APPLICATION_XML, example = CAMT_EXAMPLE),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        example = "01BGMAX               0120270201063015123456P ...")
            })
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportView.class),
                            examples =
                                    @ExampleObject(
                                            name = "imported",
                                            value = "{\"importId\":\"6c1f0a52-9a43-4b8e-8f1e-3d2c1b0a9f8e\","
                                                    + "\"format\":\"CAMT054\",\"read\":3,\"matched\":2,\"unmatched\":1,\"alreadySeen\":0,\"ignored\":0,"
                                                    + "\"fileAlreadyImported\":false}")))
    @APIResponse(responseCode = "400", description = "Malformed file: nothing imported")
    public ImportView importFile(@RestHeader(HttpHeaders.CONTENT_TYPE) String contentType, byte[] file) {
        if (file == null || file.length == 0) {
            throw ProblemException.invalid("The request has no bank file in its body", List.of());
        }
        var r = payments.importFile(caller.organisation(), file, format(contentType));
        return new ImportView(
                r.importId(),
                r.format(),
                r.read(),
                r.matched(),
                r.unmatched(),
                r.alreadySeen(),
                r.ignored(),
                r.fileAlreadyImported());
    }

    /** One bank file as it was imported. */
    public record ImportRecordView(
            UUID importId, String format, Instant importedAt, int read, int matched, int unmatched, int alreadySeen) {}

    @GET
    @Path("imports")
    @Operation(
            summary = "List the bank files imported",
            description = "The caller's university's imports, newest first, "
                    + "with what each read, matched, could not match and recognised as already seen.")
    @APIResponse(
            responseCode = "200",
            description = "A page of imports",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    "{ \"items\": [ { \"importId\": \"6c1f0a52-9a43-4b8e-8f1e-3d2c1b0a9f8e\", \"format\": \"CAMT054\", "
                                                            + "\"importedAt\": \"2027-02-01T07:12:44Z\", \"read\": 3, \"matched\": 2, \"unmatched\": 1, "
                                                            + "\"alreadySeen\": 0 } ], \"total\": 1, \"totalExact\": true, \"page\": 0, \"size\": 20 }")))
    public PageResponse<ImportRecordView> imports(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.respond(
                payments.imports(caller.organisation(), paging.page(), paging.size()),
                i -> new ImportRecordView(i.id, i.format, i.importedAt, i.read, i.matched, i.unmatched, i.alreadySeen));
    }

    @GET
    @Operation(
            summary = "List payments",
            description = "status=UNMATCHED lists what could not be matched to an invoice.")
    public PageResponse<PaymentView> listPayments(
            @Parameter(description = "MATCHED or UNMATCHED", example = "UNMATCHED") @QueryParam("status") String status,
            @Parameter(description = "booked on or after", example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(description = "booked on or before", example = "2027-12-31") @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.respond(
                payments.list(
                        caller.organisation(),
                        QueryParams.enumeration("status", status, PaymentStatus.class),
                        QueryParams.date("from", from),
                        QueryParams.date("to", to),
                        paging.page(),
                        paging.size()),
                PaymentView::of);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read a payment",
            description = "One of the caller's university's payments, and what it is " + "matched to.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such payment of the caller's")
    public PaymentView getPayment(@PathParam("id") UUID id) {
        return PaymentView.of(payments.get(caller.organisation(), id));
    }

    @POST
    @Path("{id}/allocate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Allocate an unmatched payment to an invoice by hand",
            description = "For a payment "
                    + "whose reference matched no invoice; once only, and only to the caller's own invoices.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "allocate",
                                            value = "{\"invoiceId\":\"f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b06\"}")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such payment of the caller's")
    @APIResponse(responseCode = "409", description = "The payment is already matched")
    @APIResponse(responseCode = "422", description = "No such invoice of the caller's")
    public PaymentView allocate(@PathParam("id") UUID id, @Valid @NotNull Allocation allocation) {
        return PaymentView.of(payments.allocate(caller.organisation(), id, allocation.invoiceId()));
    }

    private static Payments.Format format(String contentType) {
        if (contentType == null) {
            return Payments.Format.SNIFF;
        }
        MediaType type = MediaType.valueOf(contentType);
        if (type.getSubtype().equalsIgnoreCase("xml")) {
            return Payments.Format.CAMT_054;
        }
        if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return Payments.Format.BGMAX;
        }
        return Payments.Format.SNIFF;
    }
}
