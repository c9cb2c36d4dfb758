package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;
import static se.uppdrag.portal.rest.Pages.givenId;

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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.AgreementApi;
import se.uppdrag.portal.client.Agreements.Agreement;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Enrolments.CancellationQuote;
import se.uppdrag.portal.client.Enrolments.Enrolment;
import se.uppdrag.portal.client.Enrolments.Order;
import se.uppdrag.portal.client.Enrolments.OrderRequest;
import se.uppdrag.portal.client.Enrolments.Orderable;
import se.uppdrag.portal.client.Enrolments.Participant;
import se.uppdrag.portal.client.Enrolments.Reason;
import se.uppdrag.portal.client.Enrolments.Substitution;
import se.uppdrag.portal.client.Money;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.service.StaffList;
import se.uppdrag.portal.web.AgreementMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.Session;

/**
 * Orders: an employer orders seats for named staff (agreement, then an occasion it covers, then the people, typed,
 * pasted or uploaded as a list, with the price shown), follows, cancels (the fee shown first) and substitutes; a
 * university sees the orders on its occasions and decides on each seat.
 */
@Path("/orders")
@RolesAllowed({Roles.EMPLOYER, Roles.UNIVERSITY})
public class OrderPages {

    static final List<String> PURPOSES = List.of("STAFF_TRAINING", "LABOUR_MARKET", "DEVELOPMENT_AID");
    /** Participant rows an order form starts with. */
    static final int FIRST_ROWS = 3;

    static final long LIST_LIMIT = 1024 * 1024;
    private static final Pattern PARTICIPANT = Pattern.compile("^participants\\[(\\d+)]\\.(\\w+)$");
    private static final Map<String, String> COLUMNS = Map.of(
            "givenName",
            "given",
            "familyName",
            "family",
            "email",
            "email",
            "employeeNumber",
            "employee",
            "personalIdentityNumber",
            "pin",
            "costCentre",
            "cost");

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    @RestClient
    AgreementApi agreements;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    public record ListPage(Page<Order> orders, Paging paging, Form filters, Map<String, String> names, String notice) {}

    public record OrderPage(Order order, Map<String, String> names, Form form, String notice) {}

    /** Ordering, step by step: no agreement chosen (the agreements), no occasion (what it covers), or the people. */
    public record NewOrderPage(
            List<Agreement> agreements,
            Agreement agreement,
            List<Orderable> occasions,
            Orderable occasion,
            Form form,
            List<Integer> rows,
            Map<String, String> names,
            String notice) {

        public List<String> purposes() {
            return PURPOSES;
        }

        /** The rows filled in so far. */
        public long filled() {
            return rows.stream().filter(row -> !emptyRow(form, row)).count();
        }

        /** What the filled rows cost under the agreement, VAT excluded. */
        public Money total() {
            return occasion == null ? Money.zero() : occasion.price().times(filled());
        }

        public int nextRow() {
            return rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
        }
    }

    public record CancelPage(Order order, Enrolment enrolment, CancellationQuote quote, Form form) {}

    public record SubstitutePage(Order order, Enrolment enrolment, Form form) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance order(OrderPage page);

        static native TemplateInstance create(NewOrderPage page);

        static native TemplateInstance create$summary(NewOrderPage page);

        static native TemplateInstance row(Form form, int row);

        static native TemplateInstance cancel(CancelPage page);

        static native TemplateInstance substitute(SubstitutePage page);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("status") String status,
            @QueryParam("agreement") String agreement,
            @QueryParam("occasion") String occasion,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("notice") String notice) {
        Form filters = Form.empty()
                .set("status", status)
                .set("agreement", agreement)
                .set("occasion", occasion)
                .set("from", from)
                .set("to", to)
                .set("sort", sort);
        Page<Order> orders;
        try {
            orders = enrolment.orders(
                    given(status),
                    givenId(agreement),
                    givenId(occasion),
                    given(from),
                    given(to),
                    given(sort),
                    page,
                    CataloguePages.PAGE_SIZE);
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            orders = new Page<>(List.of(), 0, true, 0, CataloguePages.PAGE_SIZE);
        }
        Map<String, Object> parameters = Links.parameters(
                "status", status, "agreement", agreement, "occasion", occasion, "from", from, "to", to, "sort", sort);
        return session.page(Templates.list(new ListPage(
                orders,
                Paging.of("/orders", parameters, orders),
                filters,
                names.of(orders.items().stream().map(Order::employer).toList()),
                notice)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance order(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return session.page(Templates.order(orderPage(enrolment.order(id), Form.empty(), notice)));
    }

    // --- Ordering ----------------------------------------------------------------------------------------------------

    @GET
    @Path("new")
    @RolesAllowed(Roles.EMPLOYER)
    public TemplateInstance create(@QueryParam("agreement") String agreement, @QueryParam("occasion") String occasion) {
        Form form = Form.empty()
                .set("agreement", agreement)
                .set("occasion", occasion)
                .set("idempotencyKey", UUID.randomUUID())
                .set("purpose", "STAFF_TRAINING");
        return session.page(Templates.create(newOrder(form, rows(FIRST_ROWS), null)));
    }

    /**
     * The people form's buttons: read a pasted or uploaded list into the rows, add a row, or place the order. The
     * Idempotency-Key was made when the form was, so a second click of "Order" orders once.
     */
    @POST
    @Path("new")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(MultipartFormDataInput posted) {
        Form form = Form.of(posted);
        List<Integer> rows = postedRows(form);
        String action = form.value("action");
        if (action.equals("read")) {
            String list = form.value("staff");
            byte[] file = Form.file(posted, "staffFile", LIST_LIMIT);
            if (file != null) {
                list = list + "\n" + decode(file);
            }
            rows = read(form, rows, list);
            form.set("staff", "");
            return Pages.refused(session.page(Templates.create(newOrder(form, rows, null))));
        }
        if (action.equals("more")) {
            rows.add(rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1);
            return Response.ok(session.page(Templates.create(newOrder(form, rows, null))))
                    .build();
        }
        List<Integer> sent = new ArrayList<>();
        List<Participant> people = new ArrayList<>();
        for (int row : rows) {
            if (!emptyRow(form, row)) {
                sent.add(row);
                people.add(new Participant(
                        form.text("given-" + row),
                        form.text("family-" + row),
                        form.text("email-" + row),
                        form.text("employee-" + row),
                        form.text("pin-" + row),
                        form.text("cost-" + row)));
            }
        }
        if (people.isEmpty()) {
            form.problem(session.messages(AgreementMessages.class).order_nobody());
        } else {
            try {
                Order order = enrolment.place(
                        form.text("idempotencyKey"),
                        new OrderRequest(
                                givenId(form.text("agreement")),
                                givenId(form.text("occasion")),
                                form.text("purpose"),
                                people,
                                form.text("orderReference"),
                                form.text("costCentre")));
                return Pages.seeOther("/orders/" + order.id(), "ordered");
            } catch (ServiceProblem e) {
                Pages.requireRefusal(e);
                form.problem(e.detail());
                for (var error : e.errors()) {
                    Matcher field = PARTICIPANT.matcher(error.field());
                    if (field.matches()
                            && Integer.parseInt(field.group(1)) < sent.size()
                            && COLUMNS.containsKey(field.group(2))) {
                        form.reject(
                                COLUMNS.get(field.group(2)) + "-" + sent.get(Integer.parseInt(field.group(1))),
                                error.message());
                    } else {
                        form.reject(error.field(), error.message());
                    }
                }
                // A refused order is a new one when sent again.
                form.set("idempotencyKey", UUID.randomUUID());
            }
        }
        return Pages.refused(session.page(Templates.create(newOrder(form, rows, null))));
    }

    /** One more empty row of people (htmx), and the button that asks for the next. */
    @GET
    @Path("new/row")
    @RolesAllowed(Roles.EMPLOYER)
    public TemplateInstance row(@QueryParam("index") int index) {
        return session.page(Templates.row(Form.empty(), Math.max(0, Math.min(index, 999))));
    }

    /** The price of the rows filled in so far (htmx, as the form changes). */
    @POST
    @Path("new/summary")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance summary(MultipartFormDataInput posted) {
        Form form = Form.of(posted);
        return session.page(Templates.create$summary(newOrder(form, postedRows(form), null)));
    }

    // --- A seat of an order: the employer cancels or substitutes, the university decides --------------------------

    @GET
    @Path("{order}/enrolments/{id}/cancel")
    @RolesAllowed(Roles.EMPLOYER)
    public TemplateInstance cancellation(@PathParam("order") UUID orderId, @PathParam("id") UUID id) {
        Order order = enrolment.order(orderId);
        return session.page(Templates.cancel(
                new CancelPage(order, seat(order, id), enrolment.cancellationQuote(id), Form.empty())));
    }

    @POST
    @Path("{order}/enrolments/{id}/cancel")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(
            @PathParam("order") UUID orderId, @PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Order order = enrolment.order(orderId);
        Enrolment seat = seat(order, id);
        Form form = Form.of(posted);
        return Pages.submit(
                form,
                () -> {
                    enrolment.cancel(id, new Reason(form.text("reason")));
                    return Pages.seeOther("/orders/" + orderId, "cancelled");
                },
                () -> session.page(Templates.cancel(
                        new CancelPage(order, seat, seat.isLive() ? enrolment.cancellationQuote(id) : null, form))));
    }

    @GET
    @Path("{order}/enrolments/{id}/substitute")
    @RolesAllowed(Roles.EMPLOYER)
    public TemplateInstance substitution(@PathParam("order") UUID orderId, @PathParam("id") UUID id) {
        Order order = enrolment.order(orderId);
        return session.page(Templates.substitute(new SubstitutePage(order, seat(order, id), Form.empty())));
    }

    @POST
    @Path("{order}/enrolments/{id}/substitute")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response substitute(
            @PathParam("order") UUID orderId, @PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Order order = enrolment.order(orderId);
        Enrolment seat = seat(order, id);
        AgreementMessages agr = session.messages(AgreementMessages.class);
        Form form = Form.of(posted)
                .labelled(
                        "givenName",
                        agr.participant_given(),
                        "familyName",
                        agr.participant_family(),
                        "email",
                        session.messages().participant_email(),
                        "employeeNumber",
                        agr.participant_employee_number(),
                        "personalIdentityNumber",
                        agr.participant_pin_optional(),
                        "costCentre",
                        agr.order_cost_centre());
        for (String column : COLUMNS.keySet()) {
            form.alias("participant." + column, column);
        }
        new Inputs(form, session.messages()).required("givenName", "familyName", "email", "employeeNumber");
        return Pages.submit(
                form,
                () -> {
                    enrolment.substitute(
                            id,
                            new Substitution(new Participant(
                                    form.text("givenName"),
                                    form.text("familyName"),
                                    form.text("email"),
                                    form.text("employeeNumber"),
                                    form.text("personalIdentityNumber"),
                                    form.text("costCentre"))));
                    return Pages.seeOther("/orders/" + orderId, "substituted");
                },
                () -> session.page(Templates.substitute(new SubstitutePage(order, seat, form))));
    }

    @POST
    @Path("{order}/enrolments/{id}/confirm")
    @RolesAllowed(Roles.UNIVERSITY)
    public Response confirm(@PathParam("order") UUID orderId, @PathParam("id") UUID id) {
        return decide(orderId, () -> enrolment.confirm(id));
    }

    @POST
    @Path("{order}/enrolments/{id}/reject")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(
            @PathParam("order") UUID orderId, @PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        String reason = Form.of(posted).text("reason");
        return decide(orderId, () -> enrolment.reject(id, new Reason(reason)));
    }

    private Response decide(UUID orderId, Runnable decision) {
        try {
            decision.run();
            return Pages.seeOther("/orders/" + orderId, "decided");
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            return Pages.refused(session.page(Templates.order(
                    orderPage(enrolment.order(orderId), Form.empty().problem(e.detail()), null))));
        }
    }

    private OrderPage orderPage(Order order, Form form, String notice) {
        return new OrderPage(order, names.of(List.of(order.employer())), form, notice);
    }

    /** The order's seat; one not on this order is as good as absent. */
    private static Enrolment seat(Order order, UUID id) {
        return order.enrolments().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(Pages::notFound);
    }

    private NewOrderPage newOrder(Form form, List<Integer> rows, String notice) {
        UUID agreementId = givenId(form.text("agreement"));
        UUID occasionId = givenId(form.text("occasion"));
        if (agreementId == null) {
            List<Agreement> active = agreements.agreements("ACTIVE", 0, 100).items();
            return new NewOrderPage(
                    active,
                    null,
                    List.of(),
                    null,
                    form,
                    rows,
                    names.of(active.stream().map(Agreement::university).toList()),
                    notice);
        }
        Agreement agreement = agreements.agreement(agreementId);
        List<Orderable> occasions = enrolment.orderable(agreementId).items();
        Orderable occasion = occasionId == null
                ? null
                : occasions.stream()
                        .filter(o -> o.occasionId().equals(occasionId))
                        .findFirst()
                        .orElseThrow(Pages::notFound);
        return new NewOrderPage(
                List.of(),
                agreement,
                occasions,
                occasion,
                form,
                rows,
                names.of(List.of(agreement.university())),
                notice);
    }

    /** Pastes a list into the form: into the empty rows first, then new ones; lines it cannot read are named. */
    private List<Integer> read(Form form, List<Integer> rows, String list) {
        StaffList.Read read = StaffList.parse(list);
        List<Integer> result = new ArrayList<>(rows);
        List<Integer> free =
                new ArrayList<>(rows.stream().filter(row -> emptyRow(form, row)).toList());
        int next = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
        for (Participant p : read.people()) {
            int row = free.isEmpty() ? next++ : free.remove(0);
            if (!result.contains(row)) {
                result.add(row);
            }
            form.set("given-" + row, p.givenName())
                    .set("family-" + row, p.familyName())
                    .set("email-" + row, p.email())
                    .set("employee-" + row, p.employeeNumber())
                    .set("pin-" + row, p.personalIdentityNumber())
                    .set("cost-" + row, p.costCentre());
        }
        if (!read.problems().isEmpty()) {
            form.reject(
                    "staff",
                    session.messages(AgreementMessages.class)
                            .order_list_unread(read.problems().stream()
                                    .map(p -> Integer.toString(p.line()))
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse("")));
        }
        return result;
    }

    /** The rows the form was sent with (given-0, given-3 …), in order; the first rows of a new form. */
    private static List<Integer> postedRows(Form form) {
        List<Integer> rows = new ArrayList<>();
        for (String row : form.values("row")) {
            try {
                int index = Integer.parseInt(row);
                if (index >= 0 && index < 1000 && !rows.contains(index)) {
                    rows.add(index);
                }
            } catch (NumberFormatException e) {
                // not one of ours; left out
            }
        }
        return rows.isEmpty() ? rows(FIRST_ROWS) : rows;
    }

    private static List<Integer> rows(int count) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(i);
        }
        return rows;
    }

    static boolean emptyRow(Form form, int row) {
        return form.text("given-" + row) == null
                && form.text("family-" + row) == null
                && form.text("email-" + row) == null
                && form.text("employee-" + row) == null
                && form.text("pin-" + row) == null
                && form.text("cost-" + row) == null;
    }

    /** A list file as text: UTF-8, or Windows-1252 as older spreadsheets save. */
    private static String decode(byte[] file) {
        var utf8 = StandardCharsets.UTF_8.newDecoder();
        try {
            return utf8.decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return new String(file, Charset.forName("windows-1252"));
        }
    }
}
