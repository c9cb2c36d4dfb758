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
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.invoicing.domain.StatisticsDimension;
import se.uppdrag.invoicing.service.MoneyStatistics;
import se.uppdrag.invoicing.service.MoneyStatistics.Row;
import se.uppdrag.invoicing.service.MoneyStatistics.Statistics;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

/** The money side of the follow-up statistics: sums only, no invoice or person named. */
@Path("/statistics")
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
public class StatisticsResource {

    @Inject
    MoneyStatistics statistics;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.FINANCE, Roles.EMPLOYER, Roles.OPERATOR})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            summary = "Money invoiced and paid per university, course or employer in a year",
            description = "For the orders whose occasions start in the year: invoiced less credit notes, and paid, VAT"
                    + " included; a university's staff see their university's, an employer its own invoices, an"
                    + " operator everything. A funder's invoice counts under the employer whose order it co-funds."
                    + " Accept: text/csv gives one line per group.")
    @APIResponse(
            responseCode = "200",
            description = "The sums",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Statistics.class),
                            examples = @ExampleObject(name = "per employer", value = """
                            { "year": 2027, "by": "EMPLOYER", "rows": [ { "key": "5566778808",
                              "invoiced": { "amount": "28125.00", "currency": "SEK" },
                              "paid": { "amount": "28125.00", "currency": "SEK" } } ],
                              "total": { "key": "TOTAL", "invoiced": { "amount": "28125.00", "currency": "SEK" },
                              "paid": { "amount": "28125.00", "currency": "SEK" } } }""")))
    @APIResponse(responseCode = "400", description = "A year outside 2000–2100 or an unknown grouping")
    public Response statistics(
            @Parameter(description = "The year the occasions start in (default this year)", example = "2027")
                    @QueryParam("year")
                    String year,
            @Parameter(description = "UNIVERSITY, COURSE or EMPLOYER (default COURSE)", example = "EMPLOYER")
                    @QueryParam("by")
                    String by,
            @Context HttpHeaders headers) {
        StatisticsDimension dimension =
                by == null ? StatisticsDimension.COURSE : QueryParams.enumeration("by", by, StatisticsDimension.class);
        Statistics result = statistics.of(
                caller.viewer(),
                dimension,
                QueryParams.year("year", year, LocalDate.now(clock).getYear()));
        return Negotiation.jsonOr(headers, MediaTypes.TEXT_CSV, () -> csv(result), () -> result);
    }

    static String csv(Statistics s) {
        StringBuilder csv = new StringBuilder("year,by,key,invoiced_sek,paid_sek\r\n");
        for (Row r : s.rows()) {
            csv.append(line(s, r));
        }
        return csv.append(line(s, s.total())).toString();
    }

    private static String line(Statistics s, Row r) {
        return String.join(
                        ",",
                        Integer.toString(s.year()),
                        s.by().name(),
                        cell(r.key()),
                        r.invoiced().amount().toPlainString(),
                        r.paid().amount().toPlainString())
                + "\r\n";
    }
}
