package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.Invoicing.Allocation;
import se.uppdrag.portal.client.Invoicing.Import;
import se.uppdrag.portal.client.Invoicing.Invoice;
import se.uppdrag.portal.client.Invoicing.Payment;
import se.uppdrag.portal.client.Invoicing.Reconciliation;
import se.uppdrag.portal.client.Invoicing.Totals;
import se.uppdrag.portal.client.InvoicingApi;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.Charts;
import se.uppdrag.portal.service.Concurrently;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.FinanceMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Session;

/**
 * Finance staff's work: what is open, bank files in (camt.054 or BgMax) with what each import did, payments no
 * reference matched allocated by hand, the reconciliation with its charts, and the ledger export.
 */
@Path("/finance")
@RolesAllowed(Roles.FINANCE)
public class FinancePages {

    /** The largest bank file the portal passes on (the invoicing service takes up to its own limit). */
    static final long BANK_FILE_LIMIT = 10L * 1024 * 1024;

    @Inject
    @RestClient
    InvoicingApi invoicing;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    @Inject
    Concurrently concurrently;

    public record Home(
            Totals all,
            Page<Payment> unmatched,
            Page<Invoice> overdueInvoices,
            long undelivered,
            Map<String, String> names) {}

    public record PaymentsPage(
            Import result, Page<Import> imports, Page<Payment> unmatched, Paging paging, Form form, String notice) {}

    public record AllocationPage(Payment payment, List<Invoice> candidates, Map<String, String> names, Form form) {}

    public record ReconciliationPage(
            Reconciliation reconciliation,
            Charts.Chart positions,
            Charts.Chart aging,
            Map<String, String> names,
            Form filters) {}

    public record LedgerPage(Form form) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);

        static native TemplateInstance payments(PaymentsPage page);

        static native TemplateInstance allocate(AllocationPage page);

        static native TemplateInstance allocate$candidates(AllocationPage page);

        static native TemplateInstance reconciliation(ReconciliationPage page);

        static native TemplateInstance ledger(LedgerPage page);
    }

    @GET
    public TemplateInstance home() {
        var totals = concurrently.ask(() -> invoicing.totals(null, null, null, null));
        var overdueInvoices = concurrently.ask(
                () -> invoicing.invoices("OVERDUE", null, null, null, null, null, null, null, "dueDate", 0, 10));
        var undelivered = concurrently.ask(
                () -> invoicing.invoices(null, null, null, null, null, null, null, "FAILED", null, 0, 1));
        var unmatchedPayments = concurrently.ask(() -> invoicing.payments("UNMATCHED", null, null, 0, 10));
        Totals all = totals.get();
        Page<Invoice> overdue = overdueInvoices.get();
        Page<Payment> unmatched = unmatchedPayments.get();
        return session.page(Templates.home(new Home(
                all,
                unmatched,
                overdue,
                undelivered.get().total(),
                names.of(overdue.items().stream().map(Invoice::buyer).toList()))));
    }

    @GET
    @Path("payments")
    public TemplateInstance payments(@QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        return session.page(Templates.payments(paymentsPage(null, page, Form.empty(), notice)));
    }

    /** A bank file uploaded: camt.054 (XML) or BgMax (text), told apart by its first bytes; what the import did. */
    @POST
    @Path("payments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(MultipartFormDataInput posted) {
        Form form = Form.of(posted);
        byte[] file = Form.file(posted, "file", BANK_FILE_LIMIT);
        if (file == null) {
            form.reject("file", session.messages(FinanceMessages.class).payments_no_file());
        } else {
            try {
                Import result = invoicing.importFile(contentType(file), file);
                return Response.ok(session.page(Templates.payments(paymentsPage(result, null, form, null))))
                        .build();
            } catch (ServiceProblem e) {
                Pages.requireRefusal(e);
                form.problem(e.detail());
                e.errors().forEach(error -> form.reject("file", error.field() + ": " + error.message()));
            }
        }
        return Pages.refused(session.page(Templates.payments(paymentsPage(null, null, form, null))));
    }

    @GET
    @Path("payments/{id}")
    public TemplateInstance allocation(@PathParam("id") UUID id, @QueryParam("q") String q) {
        Payment payment = unmatched(id);
        String query = q != null ? q : payment.reference();
        return session.page(
                Templates.allocate(allocationPage(payment, query, Form.empty().set("q", query))));
    }

    /** Invoices to allocate the payment to, as finance types a number, an OCR reference or a buyer (htmx). */
    @GET
    @Path("payments/{id}/candidates")
    public TemplateInstance candidates(@PathParam("id") UUID id, @QueryParam("q") String q) {
        Payment payment = unmatched(id);
        return session.page(Templates.allocate$candidates(
                allocationPage(payment, q, Form.empty().set("q", q))));
    }

    @POST
    @Path("payments/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response allocate(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        Payment payment = unmatched(id);
        String invoice = form.text("invoiceId");
        if (invoice == null) {
            form.reject("invoiceId", session.messages(FinanceMessages.class).allocate_choose());
        }
        return Pages.submit(
                form,
                () -> {
                    invoicing.allocate(id, new Allocation(Pages.uuid(invoice)));
                    return Pages.seeOther("/finance/payments", "allocated");
                },
                () -> session.page(Templates.allocate(allocationPage(payment, form.text("q"), form))));
    }

    @GET
    @Path("reconciliation")
    public TemplateInstance reconciliation(@QueryParam("from") String from, @QueryParam("to") String to) {
        Form filters = Form.empty().set("from", from).set("to", to);
        Reconciliation reconciliation;
        try {
            reconciliation = invoicing.reconciliation(given(from), given(to));
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            reconciliation = invoicing.reconciliation(null, null);
        }
        Map<String, String> buyers =
                names.of(reconciliation.buyers().stream().map(r -> r.buyer()).toList());
        var messages = session.messages(FinanceMessages.class);
        Charts.Chart positions =
                Charts.positions(reconciliation.buyers(), r -> buyers.getOrDefault(r.buyer(), r.buyerName()));
        Charts.Chart aging = Charts.aging(
                reconciliation.aging(),
                List.of(messages.age_not_due(), messages.age_1_30(), messages.age_31_60(), messages.age_over_60()));
        return session.page(
                Templates.reconciliation(new ReconciliationPage(reconciliation, positions, aging, buyers, filters)));
    }

    @GET
    @Path("ledger")
    public TemplateInstance ledger() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        return session.page(Templates.ledger(new LedgerPage(
                Form.empty().set("from", LocalDate.of(year, 1, 1)).set("to", LocalDate.of(year, 12, 31)))));
    }

    /** The SIE 4 file for the period, passed on in the code page the format prescribes. */
    @GET
    @Path("ledger.sie")
    public Response sie4(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            byte[] file = invoicing.sie4(given(from), given(to));
            return Response.ok(file, "text/plain; charset=IBM437")
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"uppdrag-" + session.getOrg() + "-" + from + "-" + to + ".se\"")
                    .build();
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            Form form = Form.empty().set("from", from).set("to", to).refusedBy(e);
            return Pages.refused(session.page(Templates.ledger(new LedgerPage(form))));
        }
    }

    private PaymentsPage paymentsPage(Import result, Integer page, Form form, String notice) {
        Page<Import> imports = invoicing.imports(0, 10);
        Page<Payment> unmatched = invoicing.payments("UNMATCHED", null, null, page, CataloguePages.PAGE_SIZE);
        return new PaymentsPage(
                result, imports, unmatched, Paging.of("/finance/payments", Map.of(), unmatched), form, notice);
    }

    private AllocationPage allocationPage(Payment payment, String q, Form form) {
        List<Invoice> candidates = q == null || q.isBlank()
                ? List.of()
                : invoicing.invoices(null, null, null, null, q.trim(), null, null, null, null, 0, 20).items().stream()
                        .filter(i -> !i.status().equals("PAID") && !i.status().equals("CREDITED"))
                        .toList();
        return new AllocationPage(
                payment,
                candidates,
                names.of(candidates.stream().map(Invoice::buyer).toList()),
                form);
    }

    /** The finance office's payment; one matched already has nothing left to allocate. */
    private Payment unmatched(UUID id) {
        Payment payment = invoicing.payment(id);
        if (!payment.status().equals("UNMATCHED")) {
            throw Pages.notFound();
        }
        return payment;
    }

    /** camt.054 starts with '<'; anything else is read as BgMax. */
    private static String contentType(byte[] file) {
        for (byte b : file) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<' ? "application/xml" : "text/plain";
            }
        }
        return "text/plain";
    }
}
