package se.uppdrag.enrolment.rest;

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
import java.math.BigDecimal;
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
import se.uppdrag.enrolment.domain.StatisticsDimension;
import se.uppdrag.enrolment.service.FollowUpStatistics;
import se.uppdrag.enrolment.service.FollowUpStatistics.Row;
import se.uppdrag.enrolment.service.FollowUpStatistics.Statistics;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

/** Follow-up statistics: aggregated counts of participants, no personal data, for a programme's follow-up. */
@Path("/statistics")
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
public class StatisticsResource {

    @Inject
    FollowUpStatistics statistics;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            summary = "Participants per university, course or employer in a year",
            description = "For the occasions starting in the year: participants ordered, confirmed, completed, not"
                    + " completed, cancelled, rejected and still waiting, the credits awarded and the share of those"
                    + " with a result who completed, and the evaluations: invited, answered, response rate and the"
                    + " standard questions' averages (absent below five answers); a university sees its own occasions, an employer its own staff,"
                    + " an operator everything. Counts only: no participant is named. Accept: text/csv gives one line"
                    + " per group, for a programme's follow-up research.")
    @APIResponse(
            responseCode = "200",
            description = "The counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Statistics.class),
                            examples = @ExampleObject(name = "per university", value = """
                            { "year": 2027, "by": "UNIVERSITY", "rows": [ { "key": "2021001231", "ordered": 40,
                              "confirmed": 36, "completed": 30, "notCompleted": 4, "cancelled": 3, "rejected": 1,
                              "waitlisted": 0, "creditsAwarded": 225.0, "completionRate": 88.2,
                              "evaluationsInvited": 34, "evaluationsAnswered": 21, "evaluationResponseRate": 61.8,
                              "evaluation": { "overall": 4.3, "relevance": 4.5, "teaching": 4.1,
                              "organisation": 3.9 } } ],
                              "total": { "key": "TOTAL", "ordered": 40, "confirmed": 36, "completed": 30,
                              "notCompleted": 4, "cancelled": 3, "rejected": 1, "waitlisted": 0,
                              "creditsAwarded": 225.0, "completionRate": 88.2, "evaluationsInvited": 34,
                              "evaluationsAnswered": 21, "evaluationResponseRate": 61.8,
                              "evaluation": { "overall": 4.3, "relevance": 4.5, "teaching": 4.1,
                              "organisation": 3.9 } } }""")))
    @APIResponse(responseCode = "400", description = "A year outside 2000–2100 or an unknown grouping")
    public Response statistics(
            @Parameter(description = "The year the occasions start in (default this year)", example = "2027")
                    @QueryParam("year")
                    String year,
            @Parameter(description = "UNIVERSITY, COURSE or EMPLOYER (default COURSE)", example = "UNIVERSITY")
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
        StringBuilder csv = new StringBuilder("year,by,key,label,ordered,confirmed,completed,not_completed,cancelled,"
                + "rejected,waitlisted,credits_awarded,completion_rate_percent,evaluations_invited,evaluations_answered,"
                + "evaluation_response_rate_percent,evaluation_overall,evaluation_relevance,evaluation_teaching,"
                + "evaluation_organisation\r\n");
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
                        cell(r.label()),
                        Long.toString(r.ordered()),
                        Long.toString(r.confirmed()),
                        Long.toString(r.completed()),
                        Long.toString(r.notCompleted()),
                        Long.toString(r.cancelled()),
                        Long.toString(r.rejected()),
                        Long.toString(r.waitlisted()),
                        plain(r.creditsAwarded()),
                        plain(r.completionRate()),
                        Long.toString(r.evaluationsInvited()),
                        Long.toString(r.evaluationsAnswered()),
                        plain(r.evaluationResponseRate()),
                        plain(r.evaluation() == null ? null : r.evaluation().overall()),
                        plain(r.evaluation() == null ? null : r.evaluation().relevance()),
                        plain(r.evaluation() == null ? null : r.evaluation().teaching()),
                        plain(r.evaluation() == null ? null : r.evaluation().organisation()))
                + "\r\n";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
