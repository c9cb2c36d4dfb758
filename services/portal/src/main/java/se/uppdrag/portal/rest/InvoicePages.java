package se.uppdrag.portal.rest;

import static se.uppdrag.portal.rest.Pages.given;
import static se.uppdrag.portal.rest.Pages.givenId;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.Invoicing.Invoice;
import se.uppdrag.portal.client.InvoicingApi;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Session;

/**
 * Invoices and credit notes: finance staff see their university's (as seller), employers their own (as buyer). Each
 * reads as a document in the page and downloads as the Peppol BIS Billing 3.0 e-invoice the buyer receives.
 */
@Path("/")
@RolesAllowed({Roles.FINANCE, Roles.EMPLOYER})
public class InvoicePages {

    static final List<String> STATUSES = List.of("OPEN", "PARTIALLY_PAID", "OVERDUE", "PAID", "CREDITED");
    static final List<String> DELIVERIES = List.of("FAILED", "PENDING", "DELIVERED");

    @Inject
    @RestClient
    InvoicingApi invoicing;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    public record ListPage(
            Page<Invoice> invoices, Paging paging, Form filters, Map<String, String> names, boolean creditNotes) {

        public List<String> statuses() {
            return STATUSES;
        }

        public List<String> deliveries() {
            return DELIVERIES;
        }
    }

    public record DocumentPage(Invoice invoice, Invoice credited, List<Invoice> creditNotes, String notice) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance document(DocumentPage page);
    }

    @GET
    @Path("invoices")
    public TemplateInstance invoices(
            @QueryParam("status") String status,
            @QueryParam("buyer") String buyer,
            @QueryParam("order") String order,
            @QueryParam("agreement") String agreement,
            @QueryParam("q") String q,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("delivery") String delivery,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page) {
        Form filters = Form.empty()
                .set("delivery", delivery)
                .set("status", status)
                .set("buyer", buyer)
                .set("order", order)
                .set("agreement", agreement)
                .set("q", q)
                .set("from", from)
                .set("to", to)
                .set("sort", sort);
        Page<Invoice> found;
        try {
            found = invoicing.invoices(
                    given(status),
                    given(buyer),
                    givenId(order),
                    givenId(agreement),
                    given(q),
                    given(from),
                    given(to),
                    given(delivery),
                    given(sort),
                    page,
                    CataloguePages.PAGE_SIZE);
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            found = new Page<>(List.of(), 0, true, 0, CataloguePages.PAGE_SIZE);
        }
        Map<String, Object> parameters = Links.parameters(
                "status",
                status,
                "buyer",
                buyer,
                "order",
                order,
                "agreement",
                agreement,
                "q",
                q,
                "from",
                from,
                "to",
                to,
                "delivery",
                delivery,
                "sort",
                sort);
        return session.page(Templates.list(new ListPage(
                found,
                Paging.of("/invoices", parameters, found),
                filters,
                names.of(found.items().stream()
                        .flatMap(i -> Stream.of(i.seller(), i.buyer()))
                        .toList()),
                false)));
    }

    @GET
    @Path("invoices/{id}")
    public TemplateInstance invoice(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Invoice invoice = invoicing.invoice(id);
        List<Invoice> credits =
                invoicing.creditNotes(null, null, id, null, null, null, 0, 100).items();
        return session.page(Templates.document(new DocumentPage(invoice, null, credits, notice)));
    }

    /** Finance sends a given-up e-invoice once more. */
    @POST
    @Path("invoices/{id}/delivery")
    @RolesAllowed(Roles.FINANCE)
    public Response resendInvoice(@PathParam("id") UUID id) {
        invoicing.retryInvoiceDelivery(id);
        return Pages.seeOther("/invoices/" + id, "resent");
    }

    @POST
    @Path("credit-notes/{id}/delivery")
    @RolesAllowed(Roles.FINANCE)
    public Response resendCreditNote(@PathParam("id") UUID id) {
        invoicing.retryCreditNoteDelivery(id);
        return Pages.seeOther("/credit-notes/" + id, "resent");
    }

    /** The Peppol BIS Billing 3.0 UBL document, as a file to keep or send on. */
    @GET
    @Path("invoices/{id}.xml")
    public Response invoiceXml(@PathParam("id") UUID id) {
        Invoice invoice = invoicing.invoice(id);
        return xml(invoicing.invoiceXml(id), "faktura-" + invoice.number());
    }

    /** The invoice as a PDF, for a buyer who cannot receive the e-invoice. */
    @GET
    @Path("invoices/{id}.pdf")
    public Response invoicePdf(@PathParam("id") UUID id) {
        Invoice invoice = invoicing.invoice(id);
        return pdf(invoicing.invoicePdf(id), "faktura-" + invoice.number());
    }

    @GET
    @Path("credit-notes")
    public TemplateInstance creditNotes(
            @QueryParam("buyer") String buyer,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page) {
        Form filters =
                Form.empty().set("buyer", buyer).set("from", from).set("to", to).set("sort", sort);
        Page<Invoice> found;
        try {
            found = invoicing.creditNotes(
                    given(buyer), null, null, given(from), given(to), given(sort), page, CataloguePages.PAGE_SIZE);
        } catch (ServiceProblem e) {
            Pages.requireRefusal(e);
            filters.refusedBy(e);
            found = new Page<>(List.of(), 0, true, 0, CataloguePages.PAGE_SIZE);
        }
        Map<String, Object> parameters = Links.parameters("buyer", buyer, "from", from, "to", to, "sort", sort);
        return session.page(Templates.list(new ListPage(
                found,
                Paging.of("/credit-notes", parameters, found),
                filters,
                names.of(found.items().stream()
                        .flatMap(i -> Stream.of(i.seller(), i.buyer()))
                        .toList()),
                true)));
    }

    @GET
    @Path("credit-notes/{id}")
    public TemplateInstance creditNote(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Invoice note = invoicing.creditNote(id);
        Invoice credited = note.creditedInvoice() == null ? null : invoicing.invoice(note.creditedInvoice());
        return session.page(Templates.document(new DocumentPage(note, credited, List.of(), notice)));
    }

    @GET
    @Path("credit-notes/{id}.xml")
    public Response creditNoteXml(@PathParam("id") UUID id) {
        Invoice note = invoicing.creditNote(id);
        return xml(invoicing.creditNoteXml(id), "kreditfaktura-" + note.number());
    }

    @GET
    @Path("credit-notes/{id}.pdf")
    public Response creditNotePdf(@PathParam("id") UUID id) {
        Invoice note = invoicing.creditNote(id);
        return pdf(invoicing.creditNotePdf(id), "kreditfaktura-" + note.number());
    }

    private static Response pdf(byte[] document, String name) {
        return download(document, "application/pdf", name + ".pdf");
    }

    private static Response xml(byte[] document, String name) {
        return download(document, "application/xml", name + ".xml");
    }

    /** A document to keep, under a file name of letters, digits, dashes and its extension only. */
    private static Response download(byte[] document, String type, String fileName) {
        return Response.ok(document, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9.-]", "") + "\"")
                .build();
    }
}
