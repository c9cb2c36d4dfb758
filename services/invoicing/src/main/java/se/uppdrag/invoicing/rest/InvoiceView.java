package se.uppdrag.invoicing.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.contracts.Money;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Delivery;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.service.InvoiceQueries.Document;

/**
 * An invoice or credit note; open is what is left to pay (negative when overpaid). The parties are as they were when
 * it was issued.
 */
public record InvoiceView(
        UUID id,
        String kind,
        String number,
        String seller,
        String buyer,
        UUID order,
        UUID agreement,
        UUID creditedInvoice,
        LocalDate issueDate,
        LocalDate dueDate,
        String ocr,
        String buyerReference,
        String orderReference,
        String accountingCost,
        String status,
        String taxCategory,
        BigDecimal vatPercent,
        String taxExemptionReason,
        Money net,
        Money vat,
        Money total,
        Money credited,
        Money paid,
        Money open,
        Invoice.Parties parties,
        List<Line> lines,

        @Schema(description = "The co-funding scheme it was issued under, as the agreement's terms said then")
        AgreementTerms.Funding funding,

        @Schema(
                description = "On an invoice to a funder: the employer whose order it pays a share of",
                example = "5566778808")
        String fundedEmployer,

        @Schema(
                description = "Its delivery to the buyer's Peppol access point; absent where the buyer has no Peppol "
                        + "endpoint or this installation does not deliver")
        DeliveryView delivery) {

    /** Where a delivery over Peppol stands; the message id is the same on every attempt. */
    public record DeliveryView(
            String channel,
            String receiver,

            @Schema(description = "PENDING, DELIVERED, FAILED", example = "DELIVERED")
            String status,

            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant deliveredAt,
            String messageId) {

        static DeliveryView of(Delivery d) {
            return d == null
                    ? null
                    : new DeliveryView(
                            d.channel,
                            d.receiver,
                            d.status.name(),
                            d.attempts,
                            d.nextAttemptAt,
                            d.lastError,
                            d.deliveredAt,
                            d.messageId);
        }
    }

    /**
     * One line; kind PRICE, FEE, CREDIT, FUNDED_SHARE (a funder's share, on its invoice), SHARE_CREDIT (its credit) or
     * UNFUNDED_SHARE (a share the funder does not pay, on the employer's). A subsidised line has the full price as grossAmount, the subsidy as
     * allowance and the balance as amount; under a claim-back scheme, fundable says whether it may be claimed.
     */
    public record Line(
            UUID enrolmentId,
            String kind,
            String description,
            Money amount,
            String accountingCost,
            Money grossAmount,
            Money allowance,
            Boolean fundable) {}

    static InvoiceView of(Document d) {
        var i = d.invoice();
        return new InvoiceView(
                i.id,
                i.kind.name(),
                i.number,
                i.seller,
                i.buyer,
                i.orderId,
                i.agreementId,
                i.creditedInvoiceId,
                i.issueDate,
                i.dueDate,
                i.ocr,
                i.buyerReference,
                i.orderReference,
                i.accountingCost,
                i.status.name(),
                i.taxCategory,
                i.vatPercent,
                i.taxExemptionReason,
                Money.sek(i.net),
                Money.sek(i.vat),
                Money.sek(i.total),
                Money.sek(i.credited),
                Money.sek(i.paid),
                Money.sek(i.open()),
                i.parties,
                d.lines().stream()
                        .map(l -> new Line(
                                l.enrolmentId,
                                l.lineKind,
                                l.description,
                                Money.sek(l.amount),
                                l.accountingCost,
                                Money.sek(l.grossAmount()),
                                l.allowance == null ? null : Money.sek(l.allowance),
                                l.fundable))
                        .toList(),
                i.funding,
                i.fundedEmployer,
                DeliveryView.of(d.delivery()));
    }
}
