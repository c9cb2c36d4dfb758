package se.uppdrag.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.Catalogue.LearningPathRequest;
import se.uppdrag.portal.client.CatalogueApi;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.PublicCatalogueApi;
import se.uppdrag.portal.web.CatalogueMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.Session;

/**
 * A university's learning paths: courses in an order, from any universities. The order is given by numbering the
 * courses in the form (1, 2, 3 …), which works with a keyboard and without scripts.
 */
@Path("/university/learning-paths")
@RolesAllowed(Roles.UNIVERSITY)
public class LearningPathPages {

    /** How many of the catalogue's courses the path form offers. */
    static final int COURSES_OFFERED = 300;

    @Inject
    @RestClient
    CatalogueApi catalogue;

    @Inject
    @RestClient
    PublicCatalogueApi publicCatalogue;

    @Inject
    Session session;

    public record PathsPage(Page<LearningPath> paths, Paging paging, String notice) {}

    public record PathPage(UUID id, Form form, List<Course> courses, String notice) {

        public boolean isNew() {
            return id == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance paths(PathsPage page);

        static native TemplateInstance path(PathPage page);
    }

    @GET
    public TemplateInstance paths(@QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        Page<LearningPath> paths = publicCatalogue.learningPaths(session.getOrg(), page, CataloguePages.PAGE_SIZE);
        return session.page(Templates.paths(
                new PathsPage(paths, Paging.of("/university/learning-paths", Map.of(), paths), notice)));
    }

    @GET
    @Path("new")
    public TemplateInstance newPath() {
        return session.page(Templates.path(new PathPage(null, Form.empty(), courses(), null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(MultivaluedMap<String, String> posted) {
        Form form = labelled(Form.of(posted));
        LearningPathRequest details = details(form);
        return Pages.submit(
                form,
                () -> {
                    LearningPath path = catalogue.publishPath(details);
                    return Pages.seeOther("/university/learning-paths/" + path.id(), "path_published");
                },
                () -> session.page(Templates.path(new PathPage(null, form, courses(), null))));
    }

    @GET
    @Path("{id}")
    public TemplateInstance path(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        LearningPath path = owned(id);
        Form form = Form.empty().set("title", path.title()).set("description", path.description());
        path.courses().forEach(step -> form.set("position-" + step.courseId(), step.position()));
        return session.page(Templates.path(new PathPage(id, form, courses(), notice)));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        owned(id);
        Form form = labelled(Form.of(posted));
        LearningPathRequest details = details(form);
        return Pages.submit(
                form,
                () -> {
                    catalogue.updatePath(id, details);
                    return Pages.seeOther("/university/learning-paths/" + id, "path_saved");
                },
                () -> session.page(Templates.path(new PathPage(id, form, courses(), null))));
    }

    private Form labelled(Form form) {
        CatalogueMessages cat = session.messages(CatalogueMessages.class);
        return form.labelled("title", cat.path_title(), "description", cat.path_description());
    }

    /** The numbered courses in their numbers' order; a number that is not a whole number is an error beside it. */
    private LearningPathRequest details(Form form) {
        Inputs in = new Inputs(form, session.messages());
        record Numbered(int position, UUID course) {}
        List<Numbered> numbered = new ArrayList<>();
        for (String course : form.values("course")) {
            Integer position = in.integer("position-" + course);
            if (position != null) {
                numbered.add(new Numbered(position, Pages.uuid(course)));
            }
        }
        in.required("title", "description");
        if (!in.ok()) {
            return null;
        }
        List<UUID> courseIds = numbered.stream()
                .sorted(Comparator.comparingInt(Numbered::position))
                .map(Numbered::course)
                .toList();
        return new LearningPathRequest(in.text("title"), in.text("description"), courseIds);
    }

    /** The catalogue's courses to choose from, the university's own first. */
    private List<Course> courses() {
        List<Course> all = new ArrayList<>();
        for (int page = 0; all.size() < COURSES_OFFERED; page++) {
            Page<Course> found = publicCatalogue.courses(null, page, 100);
            all.addAll(found.items());
            if (!found.hasNext()) {
                break;
            }
        }
        String own = session.getOrg();
        return all.stream()
                .sorted(Comparator.comparing((Course c) -> !c.university().equals(own))
                        .thenComparing(Course::universityName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Course::code))
                .toList();
    }

    private LearningPath owned(UUID id) {
        LearningPath path = publicCatalogue.learningPath(id);
        if (!path.publishedBy().equals(session.getOrg())) {
            throw Pages.notFound();
        }
        return path;
    }
}
