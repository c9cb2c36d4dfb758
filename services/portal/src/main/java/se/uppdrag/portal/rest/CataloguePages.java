package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.Catalogue.Occasion;
import se.uppdrag.portal.client.Catalogue.University;
import se.uppdrag.portal.client.CatalogueApi;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.PublicCatalogueApi;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.web.HtmxRequests;
import se.uppdrag.portal.web.Session;

/** The open catalogue, for anyone: search occasions, read an occasion or a course, learning paths. */
@Path("/")
public class CataloguePages {

    static final int PAGE_SIZE = 20;

    @Inject
    @RestClient
    PublicCatalogueApi catalogue;

    /** The same reads with the user's token: a closed course or occasion is shown to its employer and university. */
    @Inject
    @RestClient
    CatalogueApi signedIn;

    @Inject
    Session session;

    @Inject
    RoutingContext routing;

    /** What a visitor searched for, as typed. */
    public record SearchForm(
            String q, String subject, String university, String language, String mode, String from, String to) {

        Map<String, Object> asParameters() {
            return Links.parameters(
                    "q",
                    q,
                    "subject",
                    subject,
                    "university",
                    university,
                    "language",
                    language,
                    "mode",
                    mode,
                    "from",
                    from,
                    "to",
                    to);
        }
    }

    public record SearchPage(
            SearchForm form, Page<Occasion> results, Paging paging, List<University> universities, String refused) {

        public List<String> modes() {
            return DELIVERY_MODES;
        }
    }

    static final List<String> DELIVERY_MODES = List.of("CAMPUS", "ONLINE", "HYBRID");

    public record OccasionPage(Occasion occasion, Course course, List<Occasion> otherOccasions, String jsonLd) {}

    public record CoursePage(Course course, List<Occasion> occasions, String jsonLd) {}

    public record PathsPage(Page<LearningPath> paths, Paging paging) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchPage page);

        static native TemplateInstance search$results(SearchPage page);

        static native TemplateInstance occasion(OccasionPage page);

        static native TemplateInstance course(CoursePage page);

        static native TemplateInstance paths(PathsPage page);

        static native TemplateInstance path(LearningPath path);
    }

    @GET
    @Path("catalogue")
    public TemplateInstance search(
            @QueryParam("q") String q,
            @QueryParam("subject") String subject,
            @QueryParam("university") String university,
            @QueryParam("language") String language,
            @QueryParam("mode") String mode,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page) {
        SearchForm form = new SearchForm(q, subject, university, language, mode, from, to);
        Page<Occasion> results;
        String refused = null;
        try {
            results = catalogue.search(
                    given(q),
                    given(subject),
                    given(university),
                    given(language),
                    given(mode),
                    given(from),
                    given(to),
                    page,
                    PAGE_SIZE);
        } catch (ServiceProblem e) {
            if (!e.isRefusal()) {
                throw e;
            }
            refused = e.detail();
            results = new Page<>(List.of(), 0, true, 0, PAGE_SIZE);
        }
        SearchPage model = new SearchPage(
                form,
                results,
                Paging.of("/catalogue", form.asParameters(), results),
                HtmxRequests.isHtmx(routing)
                        ? List.of()
                        : catalogue.universities().items(),
                refused);
        return session.page(HtmxRequests.isHtmx(routing) ? Templates.search$results(model) : Templates.search(model));
    }

    @GET
    @Path("catalogue/occasions/{id}")
    public TemplateInstance occasion(@PathParam("id") UUID id) {
        boolean user = session.isSignedIn();
        Occasion occasion = user ? signedIn.occasion(id) : catalogue.occasion(id);
        Course course = user ? signedIn.course(occasion.courseId()) : catalogue.course(occasion.courseId());
        List<Occasion> others = (user ? signedIn.occasionsOf(course.id()) : catalogue.occasionsOf(course.id()))
                .items().stream()
                        .filter(o -> !o.id().equals(id) && !o.isWithdrawn())
                        .toList();
        return session.page(Templates.occasion(
                new OccasionPage(occasion, course, others, openJsonLd(() -> catalogue.occasionJsonLd(id)))));
    }

    @GET
    @Path("catalogue/courses/{id}")
    public TemplateInstance course(@PathParam("id") UUID id) {
        boolean user = session.isSignedIn();
        Course course = user ? signedIn.course(id) : catalogue.course(id);
        List<Occasion> occasions = (user ? signedIn.occasionsOf(id) : catalogue.occasionsOf(id))
                .items().stream().filter(o -> !o.isWithdrawn()).toList();
        return session.page(
                Templates.course(new CoursePage(course, occasions, openJsonLd(() -> catalogue.courseJsonLd(id)))));
    }

    @GET
    @Path("learning-paths")
    public TemplateInstance paths(@QueryParam("page") Integer page) {
        Page<LearningPath> paths = catalogue.learningPaths(null, page, PAGE_SIZE);
        return session.page(Templates.paths(new PathsPage(paths, Paging.of("/learning-paths", Map.of(), paths))));
    }

    @GET
    @Path("learning-paths/{id}")
    public TemplateInstance path(@PathParam("id") UUID id) {
        return session.page(Templates.path(catalogue.learningPath(id)));
    }

    /** The open catalogue's JSON-LD of a page; none for a closed course or occasion, which is in no open catalogue. */
    private static String openJsonLd(Supplier<String> read) {
        try {
            return JsonLd.embeddable(read.get());
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                return "";
            }
            throw e;
        }
    }
}
