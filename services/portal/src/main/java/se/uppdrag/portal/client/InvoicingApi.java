package se.uppdrag.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import se.uppdrag.portal.client.Invoicing.AidReport;
import se.uppdrag.portal.client.Invoicing.Allocation;
import se.uppdrag.portal.client.Invoicing.ClaimPack;
import se.uppdrag.portal.client.Invoicing.Delivery;
import se.uppdrag.portal.client.Invoicing.Import;
import se.uppdrag.portal.client.Invoicing.Invoice;
import se.uppdrag.portal.client.Invoicing.MoneyFollowUp;
import se.uppdrag.portal.client.Invoicing.Payment;
import se.uppdrag.portal.client.Invoicing.Reconciliation;
import se.uppdrag.portal.client.Invoicing.Totals;

/** The invoicing service, called with the signed-in user's own token. */
@RegisterRestClient(configKey = "invoicing")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface InvoicingApi {

    @GET
    @Path("/invoices")
    Page<Invoice> invoices(
            @QueryParam("status") String status,
            @QueryParam("buyer") String buyer,
            @QueryParam("order") UUID order,
            @QueryParam("agreement") UUID agreement,
            @QueryParam("q") String q,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("delivery") String delivery,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** The employer's claim pack for a funder: one order's, or a period's. */
    @GET
    @Path("/claim-packs")
    ClaimPack claimPack(@QueryParam("order") UUID order, @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/claim-packs")
    @Produces("text/csv")
    byte[] claimPackCsv(@QueryParam("order") UUID order, @QueryParam("from") String from, @QueryParam("to") String to);

    /** The same pack as the service writes it, for a funder's system to read. */
    @GET
    @Path("/claim-packs")
    byte[] claimPackJson(@QueryParam("order") UUID order, @QueryParam("from") String from, @QueryParam("to") String to);

    /** The money side of the follow-up statistics. */
    @GET
    @Path("/statistics")
    MoneyFollowUp statistics(@QueryParam("year") String year, @QueryParam("by") String by);

    @GET
    @Path("/statistics")
    @Produces("text/csv")
    byte[] statisticsCsv(@QueryParam("year") String year, @QueryParam("by") String by);

    /** The aid the employer received as subsidies on its invoices. */
    @GET
    @Path("/reports/aid")
    AidReport aid(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/aid")
    @Produces("text/csv")
    byte[] aidCsv(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/invoices/totals")
    Totals totals(
            @QueryParam("agreement") UUID agreement,
            @QueryParam("buyer") String buyer,
            @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/invoices/{id}")
    Invoice invoice(@PathParam("id") UUID id);

    /** The Peppol BIS Billing 3.0 UBL document. */
    @GET
    @Path("/invoices/{id}")
    @Produces(MediaType.APPLICATION_XML)
    byte[] invoiceXml(@PathParam("id") UUID id);

    /** The invoice as a PDF for a person. */
    @GET
    @Path("/invoices/{id}")
    @Produces("application/pdf")
    byte[] invoicePdf(@PathParam("id") UUID id);

    @GET
    @Path("/credit-notes")
    Page<Invoice> creditNotes(
            @QueryParam("buyer") String buyer,
            @QueryParam("order") UUID order,
            @QueryParam("invoice") UUID invoice,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/credit-notes/{id}")
    Invoice creditNote(@PathParam("id") UUID id);

    @GET
    @Path("/credit-notes/{id}")
    @Produces(MediaType.APPLICATION_XML)
    byte[] creditNoteXml(@PathParam("id") UUID id);

    @GET
    @Path("/credit-notes/{id}")
    @Produces("application/pdf")
    byte[] creditNotePdf(@PathParam("id") UUID id);

    @POST
    @Path("/payments/imports")
    @Consumes(MediaType.WILDCARD)
    Import importFile(@HeaderParam("Content-Type") String contentType, byte[] file);

    @GET
    @Path("/payments/imports")
    Page<Import> imports(@QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/payments")
    Page<Payment> payments(
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/payments/{id}")
    Payment payment(@PathParam("id") UUID id);

    @POST
    @Path("/invoices/{id}/delivery/retry")
    Delivery retryInvoiceDelivery(@PathParam("id") UUID id);

    @POST
    @Path("/credit-notes/{id}/delivery/retry")
    Delivery retryCreditNoteDelivery(@PathParam("id") UUID id);

    @POST
    @Path("/payments/{id}/allocate")
    @Consumes(MediaType.APPLICATION_JSON)
    Payment allocate(@PathParam("id") UUID id, Allocation allocation);

    @GET
    @Path("/reconciliation")
    Reconciliation reconciliation(@QueryParam("from") String from, @QueryParam("to") String to);

    /** SIE 4 in code page 437, passed on as the bytes the service made. */
    @GET
    @Path("/exports/sie4")
    @Produces("text/plain")
    byte[] sie4(@QueryParam("from") String from, @QueryParam("to") String to);
}
