package se.uppdrag.invoicing.rest;

import static se.uppdrag.platform.csv.CsvCells.cell;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.contracts.Money;
import se.uppdrag.invoicing.service.FundingReports;
import se.uppdrag.invoicing.service.FundingReports.AidReport;
import se.uppdrag.invoicing.service.FundingReports.ClaimPack;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

/** An employer's papers for its co-funded orders: the claim pack for a funder, and the aid received. */
@Path("/")
@Tag(name = "Co-funding")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.EMPLOYER)
public class FundingResource {

    @Inject
    FundingReports reports;

    @Inject
    Caller caller;

    @GET
    @Path("claim-packs")
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            summary = "A claim pack for a funder",
            description = "The caller's invoices under claim-back schemes (the employer pays in full and claims the"
                    + " funder's share back), for one order or those issued within from..to (either open): each"
                    + " invoiced seat or fee with its participant, course start, completion status, what was invoiced"
                    + " and credited, whether it is fundable (a cancellation fee is not), what may be claimed and by"
                    + " when. Accept: text/csv gives one line per invoice line.")
    @APIResponse(
            responseCode = "200",
            description = "The claim pack",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimPack.class),
                            examples = @ExampleObject(name = "one completed seat", value = """
                            { "employer": "5566778808", "orderId": "3f0c…", "lines": [ { "invoiceNumber": "2021001231-000042",
                              "issueDate": "2027-02-01", "participant": "Anna Berg (E-1001)", "courseStart": "2027-02-01",
                              "enrolmentStatus": "COMPLETED", "kind": "PRICE", "invoiced": { "amount": "15000.00", "currency": "SEK" }, "credited": { "amount": "0.00", "currency": "SEK" },
                              "fundable": true, "claimable": { "amount": "7500.00", "currency": "SEK" }, "funder": "8020016161", "funderName": "Omställningsfonden",
                              "funderReference": "OF-2027-118", "claimDeadline": "2027-05-02" } ],
                              "claimableByFunder": { "8020016161": { "amount": "7500.00", "currency": "SEK" } } }""")))
    @APIResponse(responseCode = "400", description = "A malformed order id or date")
    public Response claimPack(
            @Parameter(description = "One order (its claim pack)") @QueryParam("order") String order,
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-06-30") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ClaimPack pack = reports.claimPack(
                caller.organisation(),
                QueryParams.uuid("order", order),
                QueryParams.date("from", from),
                QueryParams.date("to", to));
        return Negotiation.jsonOr(headers, MediaTypes.TEXT_CSV, () -> csv(pack), () -> pack);
    }

    @GET
    @Path("reports/aid")
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            summary = "Aid received as subsidies",
            description = "The subsidies on the caller's invoices issued within from..to (either open), under"
                    + " subsidy schemes: per seat the full price, the subsidy shown as an allowance and the aid it"
                    + " counts as (none for a cancelled seat), and the total per funder, for the employer's own"
                    + " reporting of aid received. Accept: text/csv gives one line per seat.")
    @APIResponse(
            responseCode = "200",
            description = "The aid report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AidReport.class)))
    @APIResponse(responseCode = "400", description = "A malformed date")
    public Response aid(
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-12-31") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        AidReport report =
                reports.aid(caller.organisation(), QueryParams.date("from", from), QueryParams.date("to", to));
        return Negotiation.jsonOr(headers, MediaTypes.TEXT_CSV, () -> csv(report), () -> report);
    }

    static String csv(ClaimPack pack) {
        StringBuilder csv = new StringBuilder("invoice_number,issue_date,due_date,invoice_status,order_id,"
                + "order_reference,participant,course_start,enrolment_status,line_kind,invoiced_sek,credited_sek,"
                + "fundable,claimable_sek,funder,funder_name,funder_reference,claim_deadline\r\n");
        for (var l : pack.lines()) {
            csv.append(String.join(
                            ",",
                            cell(l.invoiceNumber()),
                            l.issueDate().toString(),
                            date(l.dueDate()),
                            l.invoiceStatus(),
                            l.orderId().toString(),
                            cell(l.orderReference()),
                            cell(l.participant()),
                            date(l.courseStart()),
                            l.enrolmentStatus(),
                            l.kind(),
                            amount(l.invoiced()),
                            amount(l.credited()),
                            l.fundable() ? "yes" : "no",
                            amount(l.claimable()),
                            l.funder(),
                            cell(l.funderName()),
                            cell(l.funderReference()),
                            date(l.claimDeadline())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String csv(AidReport report) {
        StringBuilder csv = new StringBuilder("invoice_number,issue_date,invoice_status,order_id,order_reference,"
                + "participant,course_start,enrolment_status,full_price_sek,subsidy_sek,aid_sek,funder,funder_name,"
                + "funder_reference\r\n");
        for (var l : report.lines()) {
            csv.append(String.join(
                            ",",
                            cell(l.invoiceNumber()),
                            l.issueDate().toString(),
                            l.invoiceStatus(),
                            l.orderId().toString(),
                            cell(l.orderReference()),
                            cell(l.participant()),
                            date(l.courseStart()),
                            l.enrolmentStatus(),
                            amount(l.fullPrice()),
                            amount(l.subsidy()),
                            amount(l.aid()),
                            l.funder(),
                            cell(l.funderName()),
                            cell(l.funderReference())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String amount(Money amount) {
        return amount.amount().toPlainString();
    }
}
