package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;
import static se.uppdrag.portal.rest.Pages.givenId;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Agreements.Agreement;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Enrolments.Order;
import se.uppdrag.portal.client.Enrolments.Report;
import se.uppdrag.portal.client.Inquiries.Inquiry;
import se.uppdrag.portal.client.Invoicing.AidReport;
import se.uppdrag.portal.client.Invoicing.ClaimPack;
import se.uppdrag.portal.client.Invoicing.Totals;
import se.uppdrag.portal.client.InvoicingApi;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.Concurrently;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Session;

/** Employer HR's start page and the participation report. */
@Path("/hr")
@RolesAllowed(Roles.EMPLOYER)
public class EmployerPages {

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    @RestClient
    InvoicingApi invoicing;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    @Inject
    Concurrently concurrently;

    /**
     * What waits for HR: open orders, agreements to sign and amendments to answer, and what has been spent: this
     * year's invoices (VAT included) and what is left to pay.
     */
    public record Home(
            List<Order> openOrders,
            long openTotal,
            List<Agreement> proposals,
            List<Agreement> amended,
            Totals spent,
            Totals outstanding,
            int year,
            Map<String, String> names,
            List<Inquiry> toAward) {}

    public record ReportPage(Report report, Form filters) {}

    /** Co-funding papers: the claim pack (claim-back schemes) and the aid received (subsidies), per order or period. */
    public record FundingPage(ClaimPack claims, AidReport aid, Form filters, String query) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);

        static native TemplateInstance report(ReportPage page);

        static native TemplateInstance funding(FundingPage page);
    }

    @GET
    public TemplateInstance home() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        var asked = concurrently.ask(() -> enrolment.orders("OPEN", null, null, null, null, "start", 0, 5));
        var proposed =
                concurrently.ask(() -> agreements.agreements("PROPOSED", 0, 20).items());
        var active =
                concurrently.ask(() -> agreements.agreements("ACTIVE", 0, 100).items());
        var spentThisYear = concurrently.ask(() -> invoicing.totals(
                null,
                null,
                LocalDate.of(year, 1, 1).toString(),
                LocalDate.of(year, 12, 31).toString()));
        var allTime = concurrently.ask(() -> invoicing.totals(null, null, null, null));
        var closed =
                concurrently.ask(() -> agreements.inquiries("CLOSED", 0, 20).items());
        var open = asked.get();
        List<Agreement> proposals = proposed.get();
        List<Agreement> amended =
                active.get().stream().filter(a -> a.pendingAmendment() != null).toList();
        Totals spent = spentThisYear.get();
        Totals outstanding = allTime.get();
        Map<String, String> universities = names.of(Stream.concat(proposals.stream(), amended.stream())
                .map(Agreement::university)
                .toList());
        return session.page(Templates.home(new Home(
                open.items(), open.total(), proposals, amended, spent, outstanding, year, universities, closed.get())));
    }

    @GET
    @Path("report")
    public TemplateInstance report(@QueryParam("from") String from, @QueryParam("to") String to) {
        Form filters = Form.empty().set("from", from).set("to", to);
        Report report;
        try {
            report = enrolment.report(given(from), given(to));
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            report = enrolment.report(null, null);
        }
        return session.page(Templates.report(new ReportPage(report, filters)));
    }

    @GET
    @Path("funding")
    public TemplateInstance funding(
            @QueryParam("order") String order, @QueryParam("from") String from, @QueryParam("to") String to) {
        Form filters = Form.empty().set("order", order).set("from", from).set("to", to);
        UUID orderId = givenId(order);
        ClaimPack claims;
        AidReport aid;
        try {
            var claimed = concurrently.ask(() -> invoicing.claimPack(orderId, given(from), given(to)));
            var aided = concurrently.ask(() -> invoicing.aid(given(from), given(to)));
            claims = claimed.get();
            aid = aided.get();
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            claims = invoicing.claimPack(orderId, null, null);
            aid = invoicing.aid(null, null);
        }
        String query =
                "order=" + (orderId == null ? "" : orderId) + "&from=" + urlEncoded(from) + "&to=" + urlEncoded(to);
        return session.page(Templates.funding(new FundingPage(claims, aid, filters, query)));
    }

    /** The claim pack as the invoicing service writes it: CSV for a spreadsheet, JSON for a funder's system. */
    @GET
    @Path("claims.{format:csv|json}")
    public Response claimsFile(
            @PathParam("format") String format,
            @QueryParam("order") String order,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        UUID orderId = givenId(order);
        boolean csv = format.equals("csv");
        byte[] pack = csv
                ? invoicing.claimPackCsv(orderId, given(from), given(to))
                : invoicing.claimPackJson(orderId, given(from), given(to));
        return Response.ok(pack, csv ? "text/csv; charset=UTF-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"stodunderlag." + format + "\"")
                .build();
    }

    @GET
    @Path("aid.csv")
    public Response aidCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(invoicing.aidCsv(given(from), given(to)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"mottaget-stod.csv\"")
                .build();
    }

    private static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The same report as the enrolment service writes it in CSV, to open in a spreadsheet. */
    @GET
    @Path("report.csv")
    public Response reportCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] csv = enrolment.reportCsv(given(from), given(to));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"deltagarrapport.csv\"")
                .build();
    }
}
