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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.Catalogue.CourseRequest;
import se.uppdrag.portal.client.Catalogue.Occasion;
import se.uppdrag.portal.client.Catalogue.OccasionRequest;
import se.uppdrag.portal.client.Catalogue.Withdrawal;
import se.uppdrag.portal.client.CatalogueApi;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Money;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.service.Concurrently;
import se.uppdrag.portal.web.CatalogueMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.Session;

/** A university administrator's courses and occasions: publish, change, withdraw. */
@Path("/university")
@RolesAllowed(Roles.UNIVERSITY)
public class UniversityPages {

    static final int PAGE_SIZE = 20;
    static final List<String> CYCLES = List.of("FIRST", "SECOND", "THIRD");

    @Inject
    @RestClient
    CatalogueApi catalogue;

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    Session session;

    @Inject
    Concurrently concurrently;

    /** The start page: what waits for the administrator. */
    public record Home(long pending, long courses, long proposed, long active, long inquiries) {}

    public record CoursesPage(Page<Course> courses, Paging paging, String notice) {}

    /** A course's form (a new one when id is null), and for an existing course its occasions and a new one's form. */
    public record CoursePage(UUID id, Form form, List<Occasion> occasions, Form occasionForm, String notice) {

        public List<String> cycles() {
            return CYCLES;
        }

        public List<String> modes() {
            return CataloguePages.DELIVERY_MODES;
        }

        public boolean isNew() {
            return id == null;
        }
    }

    public record OccasionPage(Occasion occasion, Form form, Form withdrawal, String notice) {

        public List<String> modes() {
            return CataloguePages.DELIVERY_MODES;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);

        static native TemplateInstance courses(CoursesPage page);

        static native TemplateInstance course(CoursePage page);

        static native TemplateInstance occasion(OccasionPage page);
    }

    @GET
    public TemplateInstance home() {
        String org = session.getOrg();
        var pending = concurrently.ask(
                () -> enrolment.enrolments("PENDING", null, 0, 1).total());
        var courses = concurrently.ask(() -> catalogue.courses(org, 0, 1).total());
        var inquiries =
                concurrently.ask(() -> agreements.inquiries("OPEN", 0, 1).total());
        var proposed =
                concurrently.ask(() -> agreements.agreements("PROPOSED", 0, 1).total());
        var active =
                concurrently.ask(() -> agreements.agreements("ACTIVE", 0, 1).total());
        return session.page(
                Templates.home(new Home(pending.get(), courses.get(), proposed.get(), active.get(), inquiries.get())));
    }

    @GET
    @Path("courses")
    public TemplateInstance courses(@QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        Page<Course> courses = catalogue.courses(session.getOrg(), page, PAGE_SIZE);
        return session.page(Templates.courses(
                new CoursesPage(courses, Paging.of("/university/courses", Map.of(), courses), notice)));
    }

    @GET
    @Path("courses/new")
    public TemplateInstance newCourse() {
        return session.page(Templates.course(new CoursePage(
                null,
                Form.empty().set("cycle", "FIRST").set("language", "sv").set("credits", "7,5"),
                List.of(),
                Form.empty(),
                null)));
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCourse(MultivaluedMap<String, String> posted) {
        Form form = courseLabels(Form.of(posted));
        CourseRequest details = course(form);
        return Pages.submit(
                form,
                () -> {
                    Course course = catalogue.createCourse(details);
                    return Pages.seeOther("/university/courses/" + course.id(), "course_published");
                },
                () -> session.page(Templates.course(new CoursePage(null, form, List.of(), Form.empty(), null))));
    }

    @GET
    @Path("courses/{id}")
    public TemplateInstance course(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Course course = owned(id);
        return session.page(Templates.course(
                new CoursePage(id, formOf(course), catalogue.occasionsOf(id).items(), newOccasionForm(), notice)));
    }

    @POST
    @Path("courses/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateCourse(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        owned(id);
        Form form = courseLabels(Form.of(posted));
        CourseRequest details = course(form);
        return Pages.submit(
                form,
                () -> {
                    catalogue.updateCourse(id, details);
                    return Pages.seeOther("/university/courses/" + id, "course_saved");
                },
                () -> session.page(Templates.course(
                        new CoursePage(id, form, catalogue.occasionsOf(id).items(), newOccasionForm(), null))));
    }

    @POST
    @Path("courses/{id}/occasions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOccasion(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Course course = owned(id);
        Form form = occasionLabels(Form.of(posted).alias("listPrice.amount", "listPrice"));
        OccasionRequest details = occasion(form, true);
        return Pages.submit(
                form,
                () -> {
                    Occasion occasion = catalogue.addOccasion(id, details);
                    return Pages.seeOther("/university/occasions/" + occasion.id(), "occasion_published");
                },
                () -> session.page(Templates.course(new CoursePage(
                        id, formOf(course), catalogue.occasionsOf(id).items(), form, null))));
    }

    @GET
    @Path("occasions/{id}")
    public TemplateInstance occasion(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Occasion occasion = ownedOccasion(id);
        return session.page(Templates.occasion(new OccasionPage(occasion, formOf(occasion), Form.empty(), notice)));
    }

    @POST
    @Path("occasions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeOccasion(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Occasion occasion = ownedOccasion(id);
        Form form = occasionLabels(Form.of(posted).alias("listPrice.amount", "listPrice"));
        OccasionRequest changes = occasion(form, false);
        return Pages.submit(
                form,
                () -> {
                    catalogue.changeOccasion(id, changes);
                    return Pages.seeOther("/university/occasions/" + id, "occasion_saved");
                },
                () -> session.page(Templates.occasion(new OccasionPage(occasion, form, Form.empty(), null))));
    }

    @POST
    @Path("occasions/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Occasion occasion = ownedOccasion(id);
        Form withdrawal = Form.of(posted);
        return Pages.submit(
                withdrawal,
                () -> {
                    catalogue.withdraw(id, new Withdrawal(withdrawal.text("reason")));
                    return Pages.seeOther("/university/occasions/" + id, "occasion_withdrawn");
                },
                () -> session.page(Templates.occasion(new OccasionPage(occasion, formOf(occasion), withdrawal, null))));
    }

    /** The course, if it is this university's; another university's course is as good as absent here. */
    private Course owned(UUID id) {
        Course course = catalogue.course(id);
        if (!course.university().equals(session.getOrg())) {
            throw Pages.notFound();
        }
        return course;
    }

    private Occasion ownedOccasion(UUID id) {
        Occasion occasion = catalogue.occasion(id);
        if (!occasion.university().equals(session.getOrg())) {
            throw Pages.notFound();
        }
        return occasion;
    }

    private Form courseLabels(Form form) {
        CatalogueMessages cat = session.messages(CatalogueMessages.class);
        return form.labelled(
                "code",
                cat.course_code(),
                "title",
                cat.course_title(),
                "description",
                cat.course_description(),
                "credits",
                cat.course_credits_field(),
                "cycle",
                cat.course_cycle(),
                "subject",
                cat.course_subject(),
                "language",
                cat.course_language(),
                "learningOutcomes",
                cat.course_outcomes_field());
    }

    private Form occasionLabels(Form form) {
        CatalogueMessages cat = session.messages(CatalogueMessages.class);
        return form.labelled(
                "startDate",
                cat.occasion_start(),
                "endDate",
                cat.occasion_end(),
                "orderDeadline",
                cat.occasion_deadline(),
                "pace",
                cat.occasion_pace_field(),
                "deliveryMode",
                cat.occasion_mode(),
                "location",
                cat.occasion_location(),
                "seats",
                cat.occasion_seats(),
                "listPrice",
                cat.occasion_list_price_field());
    }

    private CourseRequest course(Form form) {
        Inputs in = new Inputs(form, session.messages());
        var credits = in.decimal("credits");
        in.required("code", "title", "description", "credits", "subject");
        List<String> outcomes = form.text("learningOutcomes") == null
                ? List.of()
                : Arrays.stream(form.value("learningOutcomes").split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (!in.ok()) {
            return null;
        }
        return new CourseRequest(
                in.text("code"),
                in.text("title"),
                in.text("description"),
                credits,
                in.text("cycle"),
                in.text("subject"),
                in.text("language"),
                outcomes);
    }

    /** A new occasion's details, or (every field optional) an occasion's changes. */
    private OccasionRequest occasion(Form form, boolean whole) {
        Inputs in = new Inputs(form, session.messages());
        var start = in.date("startDate");
        var end = in.date("endDate");
        var deadline = in.date("orderDeadline");
        var pace = in.integer("pace");
        var seats = in.integer("seats");
        var price = in.amount("listPrice");
        if (whole) {
            in.required("startDate", "endDate", "orderDeadline", "pace", "location", "seats", "listPrice");
        }
        if (!in.ok()) {
            return null;
        }
        return new OccasionRequest(
                start,
                end,
                pace,
                in.text("deliveryMode"),
                in.text("location"),
                seats,
                deadline,
                price == null ? null : Money.sek(price));
    }

    private static Form formOf(Course c) {
        return Form.empty()
                .set("code", c.code())
                .set("title", c.title())
                .set("description", c.description())
                .set("credits", Pages.decimal(c.credits()))
                .set("cycle", c.cycle())
                .set("subject", c.subject())
                .set("language", c.language())
                .set("learningOutcomes", String.join("\n", c.learningOutcomes()));
    }

    private static Form formOf(Occasion o) {
        return Form.empty()
                .alias("listPrice.amount", "listPrice")
                .set("startDate", o.startDate())
                .set("endDate", o.endDate())
                .set("pace", o.pace())
                .set("deliveryMode", o.deliveryMode())
                .set("location", o.location())
                .set("seats", o.seats())
                .set("orderDeadline", o.orderDeadline())
                .set("listPrice", Pages.decimal(o.listPrice().amount()));
    }

    private static Form newOccasionForm() {
        return Form.empty().set("pace", 50).set("deliveryMode", "ONLINE").set("seats", 20);
    }
}
