package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.invoicing.domain.Delivery;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceFilter;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.domain.InvoiceSort;
import se.uppdrag.invoicing.domain.InvoiceTotals;
import se.uppdrag.invoicing.repository.DeliveryRepository;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.repository.SortOrder;
import se.uppdrag.platform.security.Viewer;

/** Reading invoices and credit notes: finance staff see their university's (as seller), employers their own (as buyer). */
@ApplicationScoped
public class InvoiceQueries {

    @Inject
    InvoiceRepository invoices;

    @Inject
    PeppolUbl peppol;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    InvoicePdf pdf;

    /** A document with its lines and, where it is delivered over Peppol, its delivery. */
    public record Document(Invoice invoice, List<InvoiceLine> lines, Delivery delivery) {}

    @Transactional
    public PageOf<Document> list(
            Viewer viewer, InvoiceKind kind, InvoiceFilter filter, SortOrder<InvoiceSort> sort, int page, int size) {
        PageOf<Invoice> found = invoices.list(kind, viewer, filter, sort, page, size);
        Map<UUID, Delivery> delivered =
                deliveries.of(found.items().stream().map(i -> i.id).toList());
        return new PageOf<>(
                found.items().stream()
                        .map(i -> new Document(i, invoices.lines(i.id), delivered.get(i.id)))
                        .toList(),
                found.total());
    }

    @Transactional
    public InvoiceTotals totals(Viewer viewer, InvoiceFilter filter) {
        return invoices.totals(viewer, filter);
    }

    @Transactional
    public Document get(Viewer viewer, InvoiceKind kind, UUID id) {
        Invoice invoice = invoices.findByIdOptional(id)
                .filter(i -> i.kind == kind)
                .filter(i -> viewer.sees(i.seller, i.buyer))
                .orElseThrow(
                        () -> ProblemException.notFound(kind == InvoiceKind.INVOICE ? "invoice" : "credit note", id));
        return new Document(invoice, invoices.lines(id), deliveries.findById(id));
    }

    /** The document as a PDF for a person (buyers without a Peppol endpoint); a credit note names what it credits. */
    @Transactional
    public byte[] pdf(Viewer viewer, InvoiceKind kind, UUID id) {
        Document document = get(viewer, kind, id);
        Invoice credited = document.invoice().creditedInvoiceId == null
                ? null
                : invoices.findById(document.invoice().creditedInvoiceId);
        return pdf.write(document.invoice(), document.lines(), credited);
    }

    /** The document as Peppol BIS Billing 3.0 UBL; a credit note names the invoice it corrects. */
    @Transactional
    public String ubl(Viewer viewer, InvoiceKind kind, UUID id) {
        Document document = get(viewer, kind, id);
        Invoice credited = document.invoice().creditedInvoiceId == null
                ? null
                : invoices.findById(document.invoice().creditedInvoiceId);
        return peppol.write(document.invoice(), document.lines(), credited);
    }
}
