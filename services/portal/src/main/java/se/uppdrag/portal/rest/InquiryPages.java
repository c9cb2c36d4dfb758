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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Agreements.Cancellation;
import se.uppdrag.portal.client.Agreements.CancellationFee;
import se.uppdrag.portal.client.Agreements.Invoicing;
import se.uppdrag.portal.client.Agreements.Organisation;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.Inquiries.AwardRequest;
import se.uppdrag.portal.client.Inquiries.CourseOffered;
import se.uppdrag.portal.client.Inquiries.DeclineRequest;
import se.uppdrag.portal.client.Inquiries.Inquiry;
import se.uppdrag.portal.client.Inquiries.InquiryNeed;
import se.uppdrag.portal.client.Inquiries.NewCourse;
import se.uppdrag.portal.client.Inquiries.Offer;
import se.uppdrag.portal.client.Inquiries.OfferContent;
import se.uppdrag.portal.client.Inquiries.OfferPrice;
import se.uppdrag.portal.client.Inquiries.Procurement;
import se.uppdrag.portal.client.Inquiries.ProposedOccasion;
import se.uppdrag.portal.client.Inquiries.Recipients;
import se.uppdrag.portal.client.Inquiries.TextRequest;
import se.uppdrag.portal.client.Money;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.PublicCatalogueApi;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.InquiryMessages;
import se.uppdrag.portal.web.Session;

/**
 * Tailored courses: the employer writes and publishes an inquiry, answers questions, compares the offers once the
 * deadline has passed and awards one; a university reads the inquiries sent to it, asks, offers, revises, withdraws
 * or declines with a referral. Who sees what (offers sealed until the deadline) is the partner-agreement service's
 * to say; the pages offer the actions that fit the user's role and the inquiry's phase.
 */
@Path("/inquiries")
@RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
public class InquiryPages {

    /** Deadlines are written and read in Swedish time, whatever the server's zone. */
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    static final List<String> PHASES = List.of("DRAFT", "OPEN", "CLOSED", "AWARDED", "CANCELLED");
    static final List<String> MODES = List.of("CAMPUS", "ONLINE", "HYBRID");
    static final List<String> CYCLES = List.of("FIRST", "SECOND", "THIRD");
    /** Rows of occasions and of cancellation fees the offer form has. */
    static final int OCCASION_ROWS = 3;

    static final int FEE_ROWS = AgreementPages.FEE_ROWS;

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    @RestClient
    PublicCatalogueApi catalogue;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    public record ListPage(Page<Inquiry> inquiries, Paging paging, String phase, String notice) {

        public List<String> phases() {
            return PHASES;
        }
    }

    /** An inquiry with the names of those it mentions and the forms of the actions open to the reader. */
    public record InquiryPage(
            Inquiry inquiry,
            Map<String, String> names,
            Map<UUID, Course> courses,
            List<Organisation> universities,
            Form form,
            String notice) {}

    /** The need form: a new inquiry (id null) or a changed draft. */
    public record NeedPage(UUID id, Form form, List<Organisation> universities) {

        public boolean isNew() {
            return id == null;
        }

        public List<String> modes() {
            return MODES;
        }
    }

    public record OfferPage(Inquiry inquiry, Form form, List<Course> courses) {

        public List<String> modes() {
            return MODES;
        }

        public List<String> cycles() {
            return CYCLES;
        }

        public List<String> moments() {
            return AgreementPages.INVOICE_MOMENTS;
        }

        public List<Integer> occasionRows() {
            return IntStream.range(0, OCCASION_ROWS).boxed().toList();
        }

        public List<Integer> feeRows() {
            return IntStream.range(0, FEE_ROWS).boxed().toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance inquiry(InquiryPage page);

        static native TemplateInstance need(NeedPage page);

        static native TemplateInstance offer(OfferPage page);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("phase") String phase, @QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        String wanted = Pages.given(phase);
        Page<Inquiry> found = agreements.inquiries(wanted, page, CataloguePages.PAGE_SIZE);
        return session.page(Templates.list(new ListPage(
                found, Paging.of("/inquiries", Links.parameters("phase", wanted), found), wanted, notice)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance inquiry(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return session.page(Templates.inquiry(page(agreements.inquiry(id), Form.empty(), notice)));
    }

    // --- The employer's: the need, publishing, answers, the award ----------------------------------------------------

    @GET
    @Path("new")
    @RolesAllowed(Roles.EMPLOYER)
    public TemplateInstance newInquiry() {
        LocalDate start = LocalDate.now(SWEDEN).plusMonths(3).withDayOfMonth(1);
        Form form = Form.empty()
                .set("periodFrom", start)
                .set("periodTo", start.plusMonths(3).minusDays(1))
                .set("participants", 20)
                .set("mode", "CAMPUS")
                .set("language", "sv")
                .set("procurement.kind", "DIRECT_AWARD")
                .set("offerDeadline", LocalDate.now(SWEDEN).plusWeeks(3))
                .set("offerDeadlineTime", "12:00")
                .set("recipients", "ALL");
        return session.page(Templates.need(new NeedPage(null, form, universities())));
    }

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(MultivaluedMap<String, String> posted) {
        Form form = needForm(posted);
        InquiryNeed need = need(form);
        return Pages.submit(
                form,
                () -> Pages.seeOther(
                        "/inquiries/" + agreements.draftInquiry(need).id(), "inquiry_drafted"),
                () -> session.page(Templates.need(new NeedPage(null, form, universities()))));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.EMPLOYER)
    public TemplateInstance edit(@PathParam("id") UUID id) {
        return session.page(
                Templates.need(new NeedPage(id, formOf(agreements.inquiry(id).need()), universities())));
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redraft(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = needForm(posted);
        InquiryNeed need = need(form);
        return Pages.submit(
                form,
                () -> {
                    agreements.redraftInquiry(id, need);
                    return Pages.seeOther("/inquiries/" + id, "inquiry_saved");
                },
                () -> session.page(Templates.need(new NeedPage(id, form, universities()))));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.EMPLOYER)
    public Response publish(@PathParam("id") UUID id) {
        return act(id, () -> agreements.publishInquiry(id), "inquiry_published");
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labelled("cancelReason", inq().inquiry_cancel_reason());
        new Inputs(form, session.messages()).required("cancelReason");
        return inForm(
                id,
                form,
                () -> agreements.cancelInquiry(id, new TextRequest(form.text("cancelReason"))),
                "inquiry_cancelled");
    }

    @POST
    @Path("{id}/questions/{question}/answer")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(
            @PathParam("id") UUID id, @PathParam("question") UUID question, MultivaluedMap<String, String> posted) {
        String field = "answer-" + question;
        Form form = Form.of(posted).labelled(field, inq().question_answer());
        form.alias("text", field);
        new Inputs(form, session.messages()).required(field);
        return inForm(
                id,
                form,
                () -> agreements.answer(id, question, new TextRequest(form.text(field))),
                "question_answered");
    }

    @POST
    @Path("{id}/award")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        UUID offer = Pages.uuid(posted.getFirst("offerId"));
        return act(id, () -> agreements.award(id, new AwardRequest(offer)), "inquiry_awarded");
    }

    /** The procurement record as the service writes it, to keep in the employer's procurement file. */
    @GET
    @Path("{id}/record.csv")
    @RolesAllowed({Roles.EMPLOYER, Roles.OPERATOR})
    public Response recordCsv(@PathParam("id") UUID id) {
        return Response.ok(agreements.procurementRecordCsv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"upphandling-" + id + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}/record.json")
    @RolesAllowed({Roles.EMPLOYER, Roles.OPERATOR})
    public Response recordJson(@PathParam("id") UUID id) {
        return Response.ok(agreements.procurementRecordJson(id), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"upphandling-" + id + ".json\"")
                .build();
    }

    // --- The university's: questions, the offer, a decline -----------------------------------------------------------

    @POST
    @Path("{id}/questions")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labelled("question", inq().question_field());
        form.alias("text", "question");
        new Inputs(form, session.messages()).required("question");
        return inForm(id, form, () -> agreements.ask(id, new TextRequest(form.text("question"))), "question_asked");
    }

    @GET
    @Path("{id}/offer")
    @RolesAllowed(Roles.UNIVERSITY)
    public TemplateInstance offerForm(@PathParam("id") UUID id) {
        Inquiry inquiry = agreements.inquiry(id);
        Offer own = inquiry.ownOffer();
        Form form = own != null && own.isOffered() ? formOf(own) : newOfferForm(inquiry);
        return session.page(Templates.offer(new OfferPage(inquiry, form, ownCourses())));
    }

    @POST
    @Path("{id}/offer")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offer(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = offerForm(posted);
        OfferContent content = offer(form);
        return Pages.submit(
                form,
                () -> {
                    agreements.offer(id, content);
                    return Pages.seeOther("/inquiries/" + id, "offer_sent");
                },
                () -> session.page(Templates.offer(new OfferPage(agreements.inquiry(id), form, ownCourses()))));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.UNIVERSITY)
    public Response withdraw(@PathParam("id") UUID id) {
        return act(id, () -> agreements.withdrawOffer(id), "offer_withdrawn");
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form =
                Form.of(posted).labelled("declineReason", inq().decline_reason(), "referTo", inq().decline_refer_to());
        form.alias("reason", "declineReason");
        return inForm(
                id,
                form,
                () -> agreements.declineInquiry(
                        id, new DeclineRequest(form.text("declineReason"), Pages.given(form.text("referTo")))),
                "inquiry_declined");
    }

    // --- Helpers ----------------------------------------------------------------------------------------------------

    /** A state change without a form: done and back to the inquiry, or the service's refusal shown on it. */
    private Response act(UUID id, Runnable action, String notice) {
        return inForm(id, Form.empty(), action, notice);
    }

    /** A small form on the inquiry's page: done and back to it, or the page again with what was wrong. */
    private Response inForm(UUID id, Form form, Runnable action, String notice) {
        return Pages.submit(
                form,
                () -> {
                    action.run();
                    return Pages.seeOther("/inquiries/" + id, notice);
                },
                () -> session.page(Templates.inquiry(page(agreements.inquiry(id), form, null))));
    }

    private InquiryPage page(Inquiry inquiry, Form form, String notice) {
        List<String> mentioned = Stream.concat(
                        Stream.concat(Stream.of(inquiry.employer()), inquiry.recipients().stream()),
                        inquiry.offers().stream().flatMap(o -> Stream.of(o.university(), o.referTo())))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, Course> courses = new LinkedHashMap<>();
        for (Offer o : inquiry.offers()) {
            if (o.course() != null && o.course().existingCourseId() != null) {
                try {
                    courses.put(
                            o.course().existingCourseId(),
                            catalogue.course(o.course().existingCourseId()));
                } catch (ServiceProblem e) {
                    // A course withdrawn since: the offer shows its id.
                }
            }
        }
        List<Organisation> universities = session.isUniversity() ? universities() : List.of();
        return new InquiryPage(inquiry, names.of(mentioned), courses, universities, form, notice);
    }

    private List<Organisation> universities() {
        return agreements.organisations(null, "UNIVERSITY", 0, 100).items();
    }

    private List<Course> ownCourses() {
        return catalogue.courses(session.getOrg(), 0, 100).items();
    }

    private InquiryMessages inq() {
        return session.messages(InquiryMessages.class);
    }

    private Form needForm(MultivaluedMap<String, String> posted) {
        InquiryMessages inq = inq();
        return Form.of(posted)
                .labelled(
                        "title", inq.need_title(),
                        "learningOutcomes", inq.need_outcomes(),
                        "subject", inq.need_subject(),
                        "participants", inq.need_participants(),
                        "participantBackground", inq.need_background(),
                        "periodFrom", inq.need_period_from(),
                        "periodTo", inq.need_period_to(),
                        "place", inq.need_place(),
                        "mode", inq.need_mode(),
                        "language", inq.need_language(),
                        "budgetCeiling", inq.need_budget(),
                        "procurement.reference", inq.need_procurement_reference(),
                        "offerDeadline", inq.need_deadline(),
                        "recipients", inq.need_recipients())
                .alias("budgetCeiling.amount", "budgetCeiling")
                .alias("recipients.universities", "recipients");
    }

    private InquiryNeed need(Form form) {
        Inputs in = new Inputs(form, session.messages());
        in.required("title", "learningOutcomes", "subject", "participants", "periodFrom", "periodTo", "offerDeadline");
        Integer participants = in.integer("participants");
        LocalDate from = in.date("periodFrom");
        LocalDate to = in.date("periodTo");
        BigDecimal budget = in.amount("budgetCeiling");
        Instant deadline = deadline(form, in.date("offerDeadline"));
        boolean all = !"NAMED".equals(form.text("recipients"));
        if (!in.ok()) {
            return null;
        }
        return new InquiryNeed(
                form.text("title"),
                lines(form.text("learningOutcomes")),
                form.text("subject"),
                participants,
                form.text("participantBackground"),
                from,
                to,
                form.text("place"),
                form.text("mode"),
                form.text("language"),
                form.text("creditsWanted") != null,
                budget == null ? null : Money.sek(budget),
                new Procurement(form.text("procurement.kind"), form.text("procurement.reference")),
                deadline,
                new Recipients(all, all ? List.of() : form.values("university")));
    }

    /** The deadline's day and time of day (HH:MM or HH:MM:SS) in Swedish time, as an instant. */
    private Instant deadline(Form form, LocalDate day) {
        String time = form.text("offerDeadlineTime");
        if (day == null) {
            return null;
        }
        try {
            LocalTime at = time == null ? LocalTime.NOON : LocalTime.parse(time);
            return day.atTime(at).atZone(SWEDEN).toInstant();
        } catch (DateTimeParseException e) {
            form.reject("offerDeadlineTime", inq().need_deadline_time_invalid());
            return null;
        }
    }

    private Form formOf(InquiryNeed need) {
        var deadline = need.offerDeadline().atZone(SWEDEN);
        Form form = Form.empty()
                .set("title", need.title())
                .set("learningOutcomes", String.join("\n", need.learningOutcomes()))
                .set("subject", need.subject())
                .set("participants", need.participants())
                .set("participantBackground", need.participantBackground())
                .set("periodFrom", need.periodFrom())
                .set("periodTo", need.periodTo())
                .set("place", need.place())
                .set("mode", need.mode())
                .set("language", need.language())
                .set("creditsWanted", Boolean.TRUE.equals(need.creditsWanted()) ? "on" : null)
                .set(
                        "budgetCeiling",
                        need.budgetCeiling() == null
                                ? null
                                : Pages.decimal(need.budgetCeiling().amount()))
                .set("procurement.kind", need.procurement().kind())
                .set("procurement.reference", need.procurement().reference())
                .set("offerDeadline", deadline.toLocalDate())
                .set("offerDeadlineTime", deadline.toLocalTime())
                .set("recipients", Boolean.TRUE.equals(need.recipients().allUniversities()) ? "ALL" : "NAMED");
        if (need.recipients().universities() != null) {
            need.recipients().universities().forEach(u -> form.add("university", u));
        }
        return form;
    }

    private Form newOfferForm(Inquiry inquiry) {
        InquiryNeed need = inquiry.need();
        Form form = Form.empty()
                .set("courseChoice", "EXISTING")
                .set("course.newCourse.title", need.title())
                .set("course.newCourse.learningOutcomes", String.join("\n", need.learningOutcomes()))
                .set("occasions[0].startDate", need.periodFrom())
                .set("occasions[0].endDate", need.periodTo())
                .set("occasions[0].mode", need.mode())
                .set("occasions[0].seats", need.participants())
                .set("occasions[0].place", need.place())
                .set("price.basis", "PER_PARTICIPANT")
                .set("validUntil", need.periodFrom())
                .set("invoicing.paymentDays", 30)
                .set("invoicing.invoiceOn", "CONFIRMATION")
                .set("invoicing.buyerReference", need.procurement().reference())
                .set("cancellation.fees[0].withinDaysOfStart", 14)
                .set("cancellation.fees[0].percent", 100);
        return form;
    }

    private Form formOf(Offer offer) {
        Form form = Form.empty()
                .set("courseChoice", offer.course().existingCourseId() != null ? "EXISTING" : "NEW")
                .set("course.existingCourseId", offer.course().existingCourseId())
                .set("price.basis", offer.price().basis())
                .set("price.amount", Pages.decimal(offer.price().amount().amount()))
                .set("validUntil", offer.validUntil())
                .set("invoicing.paymentDays", offer.invoicing().paymentDays())
                .set("invoicing.buyerReference", offer.invoicing().buyerReference())
                .set("invoicing.invoiceOn", offer.invoicing().invoiceOn())
                .set("message", offer.message());
        NewCourse proposed = offer.course().newCourse();
        if (proposed != null) {
            form.set("course.newCourse.title", proposed.title())
                    .set("course.newCourse.learningOutcomes", String.join("\n", proposed.learningOutcomes()))
                    .set("course.newCourse.credits", Pages.decimal(proposed.credits()))
                    .set("course.newCourse.cycle", proposed.cycle());
        }
        for (int row = 0; row < Math.min(OCCASION_ROWS, offer.occasions().size()); row++) {
            ProposedOccasion o = offer.occasions().get(row);
            String at = "occasions[" + row + "].";
            form.set(at + "startDate", o.startDate())
                    .set(at + "endDate", o.endDate())
                    .set(at + "mode", o.mode())
                    .set(at + "seats", o.seats())
                    .set(at + "place", o.place());
        }
        List<CancellationFee> fees = offer.cancellation().fees();
        for (int row = 0; row < Math.min(FEE_ROWS, fees.size()); row++) {
            form.set(
                            "cancellation.fees[" + row + "].withinDaysOfStart",
                            fees.get(row).withinDaysOfStart())
                    .set("cancellation.fees[" + row + "].percent", fees.get(row).percent());
        }
        return form;
    }

    private Form offerForm(MultivaluedMap<String, String> posted) {
        InquiryMessages inq = inq();
        return Form.of(posted)
                .labelled(
                        "course.existingCourseId", inq.offer_existing_course(),
                        "course.newCourse.title", inq.offer_new_title(),
                        "course.newCourse.learningOutcomes", inq.need_outcomes(),
                        "course.newCourse.credits", inq.offer_credits(),
                        "occasions[0].startDate", inq.offer_occasion_start(1),
                        "price.amount", inq.offer_price(),
                        "validUntil", inq.offer_valid_until(),
                        "invoicing.paymentDays", inq.offer_payment_days())
                .alias("course", "course.existingCourseId")
                .alias("price.amount.amount", "price.amount");
    }

    private OfferContent offer(Form form) {
        Inputs in = new Inputs(form, session.messages());
        boolean existing = !"NEW".equals(form.text("courseChoice"));
        if (existing) {
            in.required("course.existingCourseId");
        } else {
            in.required("course.newCourse.title", "course.newCourse.learningOutcomes");
        }
        BigDecimal credits = existing ? null : in.decimal("course.newCourse.credits");
        List<ProposedOccasion> occasions = new ArrayList<>();
        for (int row = 0; row < OCCASION_ROWS; row++) {
            String at = "occasions[" + row + "].";
            LocalDate start = in.date(at + "startDate");
            LocalDate end = in.date(at + "endDate");
            Integer seats = in.integer(at + "seats");
            if (row == 0 || start != null || end != null || seats != null) {
                in.required(at + "startDate", at + "endDate", at + "seats");
                occasions.add(new ProposedOccasion(start, end, form.text(at + "mode"), seats, form.text(at + "place")));
            }
        }
        BigDecimal amount = in.amount("price.amount");
        LocalDate validUntil = in.date("validUntil");
        Integer paymentDays = in.integer("invoicing.paymentDays");
        List<CancellationFee> fees = new ArrayList<>();
        for (int row = 0; row < FEE_ROWS; row++) {
            Integer days = in.integer("cancellation.fees[" + row + "].withinDaysOfStart");
            Integer percent = in.integer("cancellation.fees[" + row + "].percent");
            if (days != null || percent != null) {
                fees.add(new CancellationFee(days, percent));
            }
        }
        in.required("price.amount", "validUntil", "invoicing.paymentDays");
        if (!in.ok()) {
            return null;
        }
        CourseOffered course = existing
                ? new CourseOffered(Pages.uuid(form.text("course.existingCourseId")), null)
                : new CourseOffered(
                        null,
                        new NewCourse(
                                form.text("course.newCourse.title"),
                                lines(form.text("course.newCourse.learningOutcomes")),
                                credits,
                                credits == null ? null : form.text("course.newCourse.cycle")));
        return new OfferContent(
                course,
                occasions,
                new OfferPrice(form.text("price.basis"), Money.sek(amount)),
                validUntil,
                new Cancellation(fees),
                new Invoicing(
                        paymentDays, form.text("invoicing.buyerReference"), form.text("invoicing.invoiceOn"), null),
                form.text("message"));
    }

    /** The non-empty lines of a text area, one item each. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }
}
