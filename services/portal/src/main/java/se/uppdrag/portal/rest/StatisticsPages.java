package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Enrolments.FollowUp;
import se.uppdrag.portal.client.Enrolments.FollowUpRow;
import se.uppdrag.portal.client.Invoicing.MoneyFollowUp;
import se.uppdrag.portal.client.Invoicing.MoneyRow;
import se.uppdrag.portal.client.InvoicingApi;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.PublicCatalogueApi;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.Charts;
import se.uppdrag.portal.service.Concurrently;
import se.uppdrag.portal.service.LearningPathFollowUp;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Session;

/**
 * Follow-up statistics for university administrators, employers and the operator: participants ordered, confirmed,
 * completed and credits awarded per university, course or employer in a year, as a chart with its table beside it,
 * and as CSV for a programme's follow-up research. Counts only: nobody is named.
 */
@Path("/")
@RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
public class StatisticsPages {

    static final List<String> DIMENSIONS = List.of("UNIVERSITY", "COURSE", "EMPLOYER", "LEARNING_PATH");
    private static final String LEARNING_PATH = "LEARNING_PATH";
    /** Learning paths read to follow up per path: far more than any catalogue holds. */
    private static final int MOST_PATH_PAGES = 20;

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    @RestClient
    InvoicingApi invoicing;

    @Inject
    Concurrently concurrently;

    @Inject
    @RestClient
    PublicCatalogueApi publicCatalogue;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    public record StatisticsPage(
            FollowUp statistics,
            MoneyFollowUp money,
            Charts.StackedChart chart,
            Map<String, String> names,
            Form filters) {

        /** The money of a row's group, or null where nothing of it was invoiced. */
        public MoneyRow moneyOf(String key) {
            return money.rows().stream()
                    .filter(m -> key != null && key.equals(m.key()))
                    .findFirst()
                    .orElse(null);
        }

        public List<String> dimensions() {
            return DIMENSIONS;
        }

        /** This year and the four before and the one after it, newest first. */
        public List<String> years() {
            int now = LocalDate.now(ZoneOffset.UTC).getYear();
            return IntStream.rangeClosed(0, 5)
                    .mapToObj(i -> Integer.toString(now + 1 - i))
                    .toList();
        }

        /** A row's name: a course's code and title, an organisation's name. */
        public String label(FollowUpRow row) {
            return row.label() != null ? row.label() : names.getOrDefault(row.key(), row.key());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(StatisticsPage page);
    }

    @GET
    @Path("statistics")
    public TemplateInstance statistics(@QueryParam("year") String year, @QueryParam("by") String by) {
        String dimension = by == null || !DIMENSIONS.contains(by) ? defaultDimension() : by;
        Form filters = Form.empty().set("year", given(year)).set("by", dimension);
        // The services count per course where the page shows learning paths: the paths are made of the courses' rows.
        String asked = dimension.equals(LEARNING_PATH) ? "COURSE" : dimension;
        FollowUp statistics;
        MoneyFollowUp money;
        try {
            var counted = concurrently.ask(() -> enrolment.statistics(given(year), asked));
            var summed = concurrently.ask(() -> invoicing.statistics(given(year), asked));
            statistics = counted.get();
            money = summed.get();
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            statistics = enrolment.statistics(null, asked);
            money = invoicing.statistics(null, asked);
        }
        if (dimension.equals(LEARNING_PATH)) {
            LearningPathFollowUp.Composed composed = LearningPathFollowUp.compose(learningPaths(), statistics, money);
            statistics = composed.participants();
            money = composed.money();
        }
        filters.set("year", Integer.toString(statistics.year()));
        Map<String, String> organisations = dimension.equals("COURSE") || dimension.equals(LEARNING_PATH)
                ? Map.of()
                : names.of(statistics.rows().stream().map(FollowUpRow::key).toList());
        FollowUp shown = statistics;
        Charts.StackedChart chart = Charts.participation(
                shown.rows(),
                row -> row.label() != null ? row.label() : organisations.getOrDefault(row.key(), row.key()));
        return session.page(Templates.statistics(new StatisticsPage(shown, money, chart, organisations, filters)));
    }

    /** The same figures as the services write them in CSV: the participants (enrolment), or the money (invoicing). */
    @GET
    @Path("statistics{part:(-money)?}.csv")
    public Response csv(@PathParam("part") String part, @QueryParam("year") String year, @QueryParam("by") String by) {
        String dimension = by == null || !DIMENSIONS.contains(by) ? defaultDimension() : by;
        boolean money = "-money".equals(part);
        byte[] csv;
        if (dimension.equals(LEARNING_PATH)) {
            // Both halves in one file, made of the per-course figures as the page is.
            csv = LearningPathFollowUp.csv(LearningPathFollowUp.compose(
                            learningPaths(),
                            enrolment.statistics(given(year), "COURSE"),
                            invoicing.statistics(given(year), "COURSE")))
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            csv = money
                    ? invoicing.statisticsCsv(given(year), dimension)
                    : enrolment.statisticsCsv(given(year), dimension);
        }
        String name = (money ? "uppfoljning-belopp-" : "uppfoljning-") + dimension.toLowerCase(Locale.ROOT) + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** Every learning path of the catalogue, page by page. */
    private List<LearningPath> learningPaths() {
        List<LearningPath> paths = new ArrayList<>();
        for (int page = 0; page < MOST_PATH_PAGES; page++) {
            Page<LearningPath> found = publicCatalogue.learningPaths(null, page, 100);
            paths.addAll(found.items());
            if (paths.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        return paths;
    }

    /** A university looks at its courses first, an employer at the universities, the operator at the universities. */
    private String defaultDimension() {
        return session.isUniversity() ? "COURSE" : "UNIVERSITY";
    }
}
