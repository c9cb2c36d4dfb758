package se.uppdrag.invoicing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.invoicing.service.Ledger;
import se.uppdrag.invoicing.service.Reconciliation;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

/** Finance staff's views over their university's receivables: reconciliation and the ledger export. */
@Path("/")
@Tag(name = "Finance")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.FINANCE)
public class FinanceResource {

    static final String SIE_TYPE = "text/plain;charset=IBM437";

    @Inject
    Reconciliation reconciliation;

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    @GET
    @Path("reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reconcile receivables",
            description = "Per buyer and agreement, for invoices issued in the "
                    + "period (all when none is given): invoiced, credited, paid, open, overdue and overpaid, VAT included; and "
                    + "the payments booked in the period that match no invoice.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    public ReconciliationView reconcile(
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-12-31") @QueryParam("to") String to) {
        return ReconciliationView.of(
                reconciliation.of(caller.organisation(), QueryParams.date("from", from), QueryParams.date("to", to)));
    }

    @GET
    @Path("exports/sie4")
    @Produces(SIE_TYPE)
    @Operation(
            summary = "Export the period to the ledger as SIE 4",
            description =
                    "Vouchers for the invoices and credit "
                            + "notes issued, the payments booked and the payments allocated by hand in the period (one calendar year at "
                            + "most), in code page 437 as SIE 4 requires. Accounts are configured (uppdrag.invoicing.ledger.*).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = SIE_TYPE,
                            example =
                                    "#FLAGGA 0\r\n#FORMAT PC8\r\n"
                                            + "#SIETYP 4\r\n#ORGNR 202100-1231\r\n#VER F 1 20270105 \"Faktura 2021001231-000001\"\r\n{\r\n"
                                            + "   #TRANS 1510 {} 37500.00\r\n   #TRANS 3010 {} -30000.00\r\n   #TRANS 2611 {} -7500.00\r\n}\r\n"))
    public Response sie4(
            @Parameter(example = "2027-01-01", required = true) @QueryParam("from") String from,
            @Parameter(example = "2027-12-31", required = true) @QueryParam("to") String to) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        byte[] file = ledger.sie4(caller.organisation(), start, end);
        return Response.ok(file, SIE_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"uppdrag-" + caller.organisation() + "-" + start + "-" + end + ".se\"")
                .build();
    }
}
