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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.enrolment.service.ParticipationReport;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/reports/participation")
@Tag(name = "Reports")
@SecurityRequirement(name = "SecurityScheme")
public class ReportResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.EMPLOYER)
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.TEXT_CSV})
    @Operation(
            summary = "Progress, credits and cost per employee",
            description =
                    "Occasions starting within from..to (either open). Accept: text/csv gives one line per enrolment.")
    public Response participation(
            @Parameter(example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(example = "2027-12-31") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ParticipationReport report =
                enrolments.report(caller.organisation(), QueryParams.date("from", from), QueryParams.date("to", to));
        return Negotiation.jsonOr(headers, MediaTypes.TEXT_CSV, () -> csv(report), () -> report);
    }

    static String csv(ParticipationReport report) {
        StringBuilder csv = new StringBuilder(
                "employee_number,given_name,family_name,course_code,course_title,start_date,status,credits_awarded,grade,cost_sek,order_reference,cost_centre\r\n");
        for (var employee : report.employees()) {
            for (var line : employee.enrolments()) {
                csv.append(String.join(
                                ",",
                                cell(employee.employeeNumber()),
                                cell(employee.givenName()),
                                cell(employee.familyName()),
                                cell(line.courseCode()),
                                cell(line.courseTitle()),
                                line.startDate().toString(),
                                line.status().name(),
                                line.creditsAwarded() == null
                                        ? ""
                                        : line.creditsAwarded().toPlainString(),
                                cell(line.grade()),
                                line.cost().toPlainString(),
                                cell(line.orderReference()),
                                cell(line.costCentre())))
                        .append("\r\n");
            }
        }
        return csv.toString();
    }
}
