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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Agreements.Agreement;
import se.uppdrag.portal.client.Agreements.Cancellation;
import se.uppdrag.portal.client.Agreements.CancellationFee;
import se.uppdrag.portal.client.Agreements.CoursePrice;
import se.uppdrag.portal.client.Agreements.Coverage;
import se.uppdrag.portal.client.Agreements.Funding;
import se.uppdrag.portal.client.Agreements.Invoicing;
import se.uppdrag.portal.client.Agreements.Organisation;
import se.uppdrag.portal.client.Agreements.Pricing;
import se.uppdrag.portal.client.Agreements.TerminationRequest;
import se.uppdrag.portal.client.Agreements.Terms;
import se.uppdrag.portal.client.Catalogue.Course;
import se.uppdrag.portal.client.CatalogueApi;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Enrolments.Usage;
import se.uppdrag.portal.client.Invoicing.Totals;
import se.uppdrag.portal.client.InvoicingApi;
import se.uppdrag.portal.client.Money;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.Concurrently;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.AgreementMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.Session;

/**
 * Agreements, as each party and the operator see them: the university drafts, proposes, amends and terminates; the
 * employer signs or declines, accepts amendments and terminates; both see how much of it is used. Who may do what is
 * the partner-agreement service's to say; the pages offer the actions that fit the user's role and the state.
 */
@Path("/agreements")
@RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
public class AgreementPages {

    static final List<String> STATUSES = List.of("DRAFT", "PROPOSED", "ACTIVE", "DECLINED", "TERMINATED", "EXPIRED");
    static final List<String> INVOICE_MOMENTS = List.of("CONFIRMATION", "START", "COMPLETION");
    /** Rows of cancellation fees the form offers. */
    static final int FEE_ROWS = 4;

    static final List<String> FUNDING_MODELS = List.of("FUNDER_INVOICED", "EMPLOYER_CLAIMS", "SUBSIDY");

    private static final Pattern PRICE = Pattern.compile("^pricing\\.prices\\[(\\d+)](\\..*)?$");
    private static final Pattern FEE = Pattern.compile("^cancellation\\.fees\\[(\\d+)]\\.(withinDaysOfStart|percent)$");

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    @RestClient
    InvoicingApi invoicing;

    /** With the user's token, so an agreement's course made for its employer (closed) is named too. */
    @Inject
    @RestClient
    CatalogueApi catalogue;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    @Inject
    Concurrently concurrently;

    public record ListPage(
            Page<Agreement> agreements, Paging paging, String status, Map<String, String> names, String notice) {

        public List<String> statuses() {
            return STATUSES;
        }
    }

    /**
     * An agreement with what its reader needs beside it: the parties' and courses' names, how much of it is used
     * (for the parties), and the forms of the actions open to the reader.
     */
    public record AgreementPage(
            Agreement agreement,
            Map<String, String> names,
            Map<UUID, Course> courses,
            Usage usage,
            Totals invoiced,
            Form termination,
            String notice) {}

    /** The terms form: a new draft (id null), a redraft, or an amendment (amending true). */
    public record TermsPage(UUID id, boolean amending, Form form, List<Course> courses, String employerName) {

        public boolean isNew() {
            return id == null;
        }

        public List<String> moments() {
            return INVOICE_MOMENTS;
        }

        public List<Integer> feeRows() {
            return IntStream.range(0, FEE_ROWS).boxed().toList();
        }

        public List<String> fundingModels() {
            return FUNDING_MODELS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance agreement(AgreementPage page);

        static native TemplateInstance terms(TermsPage page);

        static native TemplateInstance employers(List<Organisation> employers);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("status") String status,
            @QueryParam("page") Integer page,
            @QueryParam("notice") String notice) {
        String wanted = status == null || status.isBlank() ? null : status;
        Page<Agreement> found = agreements.agreements(wanted, page, CataloguePages.PAGE_SIZE);
        Map<String, String> parties = names.of(found.items().stream()
                .flatMap(a -> Stream.of(a.university(), a.employer()))
                .toList());
        return session.page(Templates.list(new ListPage(
                found, Paging.of("/agreements", Links.parameters("status", wanted), found), wanted, parties, notice)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance agreement(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return session.page(Templates.agreement(page(agreements.agreement(id), Form.empty(), notice)));
    }

    // --- The university's: drafts, proposals, amendments ------------------------------------------------------------

    @GET
    @Path("new")
    @RolesAllowed(Roles.UNIVERSITY)
    public TemplateInstance newDraft() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Form form = Form.empty()
                .set("validFrom", today)
                .set("validTo", today.plusYears(1).minusDays(1))
                .set("coverage", "ALL")
                .set("pricingKind", "DISCOUNT")
                .set("percent", "0")
                .set("seatQuota", 20)
                .set("paymentDays", 30)
                .set("invoiceOn", "CONFIRMATION")
                .set("feeDays-0", 28)
                .set("feePercent-0", 25)
                .set("feeDays-1", 21)
                .set("feePercent-1", 50)
                .set("feeDays-2", 14)
                .set("feePercent-2", 100);
        return session.page(Templates.terms(new TermsPage(null, false, form, ownCourses(), null)));
    }

    /** Employers whose name or number starts as typed, as the options of the draft form's employer field (htmx). */
    @GET
    @Path("employers")
    @RolesAllowed(Roles.UNIVERSITY)
    public TemplateInstance employers(@QueryParam("employer") String typed) {
        String q = typed == null ? "" : typed.replaceAll("\\(.*", "").trim();
        List<Organisation> found = q.length() < 2
                ? List.of()
                : agreements.organisations(q, "EMPLOYER", 0, 20).items();
        return session.page(Templates.employers(found));
    }

    @POST
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(MultivaluedMap<String, String> posted) {
        Form form = termsLabels(Form.of(posted));
        List<Course> courses = ownCourses();
        Terms terms = terms(form, courses);
        if (terms != null) {
            try {
                Agreement agreement = agreements.draft(terms);
                return Pages.seeOther("/agreements/" + agreement.id(), "agreement_drafted");
            } catch (ServiceProblem e) {
                refused(form, e, courses);
            }
        }
        return Pages.refused(session.page(Templates.terms(new TermsPage(null, false, form, courses, null))));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.UNIVERSITY)
    public TemplateInstance edit(@PathParam("id") UUID id) {
        Agreement agreement = agreements.agreement(id);
        return session.page(Templates.terms(
                new TermsPage(id, false, formOf(agreement.terms()), ownCourses(), names.of(agreement.employer()))));
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redraft(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Agreement agreement = agreements.agreement(id);
        Form form = termsLabels(Form.of(posted));
        List<Course> courses = ownCourses();
        Terms terms = terms(form, courses);
        if (terms != null) {
            try {
                agreements.redraft(id, terms);
                return Pages.seeOther("/agreements/" + id, "agreement_saved");
            } catch (ServiceProblem e) {
                refused(form, e, courses);
            }
        }
        return Pages.refused(
                session.page(Templates.terms(new TermsPage(id, false, form, courses, names.of(agreement.employer())))));
    }

    @POST
    @Path("{id}/propose")
    @RolesAllowed(Roles.UNIVERSITY)
    public Response propose(@PathParam("id") UUID id) {
        return act(id, () -> agreements.propose(id), "agreement_proposed");
    }

    @GET
    @Path("{id}/amend")
    @RolesAllowed(Roles.UNIVERSITY)
    public TemplateInstance amendment(@PathParam("id") UUID id) {
        Agreement agreement = agreements.agreement(id);
        return session.page(Templates.terms(
                new TermsPage(id, true, formOf(agreement.terms()), ownCourses(), names.of(agreement.employer()))));
    }

    @POST
    @Path("{id}/amend")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Agreement agreement = agreements.agreement(id);
        Form form = termsLabels(Form.of(posted));
        List<Course> courses = ownCourses();
        Inputs in = new Inputs(form, session.messages());
        LocalDate effectiveFrom = in.date("effectiveFrom");
        Terms terms = terms(form, courses);
        if (terms != null) {
            try {
                agreements.amend(id, effectiveFrom == null ? null : effectiveFrom.toString(), terms);
                return Pages.seeOther("/agreements/" + id, "amendment_proposed");
            } catch (ServiceProblem e) {
                refused(form, e, courses);
            }
        }
        return Pages.refused(
                session.page(Templates.terms(new TermsPage(id, true, form, courses, names.of(agreement.employer())))));
    }

    // --- The employer's: signing, amendments
    // --------------------------------------------------------------------------

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.EMPLOYER)
    public Response accept(@PathParam("id") UUID id) {
        return act(id, () -> agreements.accept(id), "agreement_accepted");
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.EMPLOYER)
    public Response decline(@PathParam("id") UUID id) {
        return act(id, () -> agreements.decline(id), "agreement_declined");
    }

    @POST
    @Path("{id}/amendments/{amendment}/accept")
    @RolesAllowed(Roles.EMPLOYER)
    public Response acceptAmendment(@PathParam("id") UUID id, @PathParam("amendment") UUID amendment) {
        return act(id, () -> agreements.acceptAmendment(id, amendment), "amendment_accepted");
    }

    @POST
    @Path("{id}/amendments/{amendment}/decline")
    @RolesAllowed(Roles.EMPLOYER)
    public Response declineAmendment(@PathParam("id") UUID id, @PathParam("amendment") UUID amendment) {
        return act(id, () -> agreements.declineAmendment(id, amendment), "amendment_declined");
    }

    // --- Either party's: termination
    // ----------------------------------------------------------------------------------

    @POST
    @Path("{id}/terminate")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response terminate(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        AgreementMessages agr = session.messages(AgreementMessages.class);
        Form form = Form.of(posted)
                .labelled("effectiveDate", agr.agreement_terminate_from(), "reason", agr.agreement_terminate_reason());
        Inputs in = new Inputs(form, session.messages());
        LocalDate effective = in.date("effectiveDate");
        in.required("effectiveDate");
        return Pages.submit(
                form,
                () -> {
                    agreements.terminate(id, new TerminationRequest(effective, in.text("reason")));
                    return Pages.seeOther("/agreements/" + id, "agreement_terminated");
                },
                () -> session.page(Templates.agreement(page(agreements.agreement(id), form, null))));
    }

    /** A state change without a form: done and back to the agreement, or the service's refusal shown on it. */
    private Response act(UUID id, Runnable action, String notice) {
        try {
            action.run();
            return Pages.seeOther("/agreements/" + id, notice);
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            Form refusal = Form.empty().problem(e.detail());
            return Pages.refused(session.page(Templates.agreement(page(agreements.agreement(id), refusal, null))));
        }
    }

    private AgreementPage page(Agreement agreement, Form termination, String notice) {
        boolean party = !session.isOperator();
        boolean inForce =
                !agreement.inStatus("DRAFT") && !agreement.inStatus("PROPOSED") && !agreement.inStatus("DECLINED");
        var offered = concurrently.ask(
                () -> catalogue.courses(agreement.university(), 0, 100).items());
        var used = party && inForce ? concurrently.ask(() -> usageOrNone(agreement.id())) : null;
        var billed = party && inForce && !session.isUniversity()
                ? concurrently.ask(() -> invoicing.totals(agreement.id(), null, null, null))
                : null;
        Map<String, String> parties = names.of(List.of(agreement.university(), agreement.employer()));
        Map<UUID, Course> courses = new LinkedHashMap<>();
        offered.get().forEach(c -> courses.put(c.id(), c));
        Usage usage = used == null ? null : used.get();
        Totals invoiced = billed == null || usage == null ? null : billed.get();
        return new AgreementPage(agreement, parties, courses, usage, invoiced, termination, notice);
    }

    /** The usage enrolment knows of; none yet right after signing, before the agreement's event has reached it. */
    private Usage usageOrNone(UUID id) {
        try {
            return enrolment.usage(id);
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private List<Course> ownCourses() {
        return catalogue.courses(session.getOrg(), 0, 100).items();
    }

    /**
     * The terms as the form holds them. The employer field takes what the picker offered ("Name (556677-8808)") or a
     * bare organisation number; fixed prices are read for the courses ticked (or all, when the agreement covers all).
     */
    private Form termsLabels(Form form) {
        AgreementMessages agr = session.messages(AgreementMessages.class);
        return form.labelled(
                "employer",
                session.messages().employer(),
                "validFrom",
                agr.agreement_valid_from(),
                "validTo",
                agr.agreement_valid_to(),
                "effectiveFrom",
                agr.amendment_effective_from(),
                "seatQuota",
                agr.agreement_quota_field(),
                "coverage",
                agr.agreement_coverage(),
                "percent",
                agr.agreement_discount_percent(),
                "paymentDays",
                agr.agreement_payment_days(),
                "buyerReference",
                agr.agreement_buyer_reference(),
                "funder",
                agr.funding_funder(),
                "sharePercent",
                agr.funding_share(),
                "fundingCap",
                agr.funding_cap(),
                "funderReference",
                agr.funding_reference(),
                "claimDeadlineDays",
                agr.funding_claim_days());
    }

    private Terms terms(Form form, List<Course> courses) {
        Inputs in = new Inputs(form, session.messages());
        String employer = employerNumber(form.text("employer"));
        boolean all = "ALL".equals(form.text("coverage"));
        List<UUID> covered = all
                ? List.of()
                : form.values("courseId").stream().map(Pages::uuid).toList();
        String kind = "FIXED".equals(form.text("pricingKind")) ? "FIXED" : "DISCOUNT";
        BigDecimal percent = kind.equals("DISCOUNT") ? in.decimal("percent") : null;
        List<CoursePrice> prices = new ArrayList<>();
        List<String> priced = new ArrayList<>();
        if (kind.equals("FIXED")) {
            for (Course course : courses) {
                if (all || covered.contains(course.id())) {
                    BigDecimal price = in.amount("price-" + course.id());
                    if (price != null) {
                        prices.add(new CoursePrice(course.id(), Money.sek(price)));
                        priced.add("price-" + course.id());
                    }
                }
            }
        }
        form.set("pricedFields", String.join(",", priced));
        List<CancellationFee> fees = new ArrayList<>();
        for (int row = 0; row < FEE_ROWS; row++) {
            Integer days = in.integer("feeDays-" + row);
            Integer feePercent = in.integer("feePercent-" + row);
            if (days != null || feePercent != null) {
                fees.add(new CancellationFee(days, feePercent));
            }
        }
        LocalDate from = in.date("validFrom");
        LocalDate to = in.date("validTo");
        Integer quota = in.integer("seatQuota");
        Integer paymentDays = in.integer("paymentDays");
        Funding funding = funding(form, in);
        in.required("validFrom", "validTo", "seatQuota", "paymentDays");
        if (!in.ok()) {
            return null;
        }
        return new Terms(
                employer,
                from,
                to,
                new Coverage(all, covered),
                new Pricing(kind, kind.equals("FIXED") ? prices : List.of(), percent),
                quota,
                form.text("autoConfirm") != null,
                new Cancellation(fees),
                new Invoicing(
                        paymentDays,
                        form.text("buyerReference"),
                        form.text("invoiceOn"),
                        form.text("orderReferenceRequired") != null),
                funding);
    }

    /** The co-funding scheme, when a model is chosen; its funder typed as the picker offers employers. */
    private static Funding funding(Form form, Inputs in) {
        String model = form.text("fundingModel");
        if (model == null || !FUNDING_MODELS.contains(model)) {
            return null;
        }
        Integer share = in.integer("sharePercent");
        BigDecimal cap = in.amount("fundingCap");
        Integer claimDays = in.integer("claimDeadlineDays");
        in.required("funder", "sharePercent");
        return new Funding(
                model,
                employerNumber(form.text("funder")),
                share,
                cap == null ? null : Money.sek(cap),
                form.text("fundingCompletion") != null ? "COMPLETION" : null,
                form.text("funderReference"),
                claimDays);
    }

    /** The service's refusal beside the fields it names: a price by the course it is for, a fee by its row. */
    private void refused(Form form, ServiceProblem e, List<Course> courses) {
        Pages.requireRefusal(e);
        form.problem(e.detail());
        List<String> priced = form.text("pricedFields") == null
                ? List.of()
                : List.of(form.value("pricedFields").split(","));
        for (var error : e.errors()) {
            Matcher price = PRICE.matcher(error.field());
            Matcher fee = FEE.matcher(error.field());
            String field = error.field();
            if (price.matches() && Integer.parseInt(price.group(1)) < priced.size()) {
                field = priced.get(Integer.parseInt(price.group(1)));
            } else if (fee.matches()) {
                field = (fee.group(2).equals("percent") ? "feePercent-" : "feeDays-") + fee.group(1);
            } else if (field.startsWith("coverage")) {
                field = "coverage";
            } else if (field.startsWith("pricing.percent")) {
                field = "percent";
            } else if (field.startsWith("invoicing.")) {
                field = field.substring("invoicing.".length());
            } else if (field.startsWith("funding.")) {
                field = FUNDING_FIELDS.getOrDefault(field, "fundingModel");
            }
            form.reject(field, error.message());
        }
    }

    /** The service's names of the scheme's fields, and the form's. */
    private static final Map<String, String> FUNDING_FIELDS = Map.of(
            "funding.funder", "funder",
            "funding.sharePercent", "sharePercent",
            "funding.capPerParticipant.amount", "fundingCap",
            "funding.capPerParticipant", "fundingCap",
            "funding.condition", "fundingCompletion",
            "funding.funderReference", "funderReference",
            "funding.claimDeadlineDays", "claimDeadlineDays");

    /** "Verkstadsbolaget Nord AB (556677-8808)" or "5566778808" → 5566778808; anything else is passed as typed. */
    static String employerNumber(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher number = Pattern.compile("([0-9]{6})-?([0-9]{4})\\)?\\s*$").matcher(typed);
        return number.find() ? number.group(1) + number.group(2) : typed;
    }

    private Form formOf(Terms t) {
        Form form = Form.empty()
                .set("employer", t.employer())
                .set("validFrom", t.validFrom())
                .set("validTo", t.validTo())
                .set("coverage", Boolean.TRUE.equals(t.coverage().allCourses()) ? "ALL" : "LISTED")
                .set("pricingKind", t.pricing().kind())
                .set("seatQuota", t.seatQuota())
                .set("autoConfirm", Boolean.TRUE.equals(t.autoConfirm()) ? "on" : null)
                .set("paymentDays", t.invoicing().paymentDays())
                .set("buyerReference", t.invoicing().buyerReference())
                .set("invoiceOn", t.invoicing().invoiceOn())
                .set(
                        "orderReferenceRequired",
                        Boolean.TRUE.equals(t.invoicing().orderReferenceRequired()) ? "on" : null);
        if (t.pricing().percent() != null) {
            form.set("percent", Pages.decimal(t.pricing().percent()));
        }
        if (t.funding() != null) {
            Funding f = t.funding();
            form.set("fundingModel", f.model())
                    .set("funder", f.funder())
                    .set("sharePercent", f.sharePercent())
                    .set("fundingCompletion", "COMPLETION".equals(f.condition()) ? "on" : null)
                    .set("funderReference", f.funderReference())
                    .set("claimDeadlineDays", f.claimDeadlineDays());
            if (f.capPerParticipant() != null) {
                form.set("fundingCap", Pages.decimal(f.capPerParticipant().amount()));
            }
        }
        if (t.coverage().courseIds() != null) {
            t.coverage().courseIds().forEach(id -> form.add("courseId", id));
        }
        if (t.pricing().prices() != null) {
            t.pricing()
                    .prices()
                    .forEach(p -> form.set(
                            "price-" + p.courseId(), Pages.decimal(p.price().amount())));
        }
        List<CancellationFee> fees = t.cancellation().fees();
        for (int row = 0; row < Math.min(FEE_ROWS, fees.size()); row++) {
            form.set("feeDays-" + row, fees.get(row).withinDaysOfStart())
                    .set("feePercent-" + row, fees.get(row).percent());
        }
        return form;
    }
}
