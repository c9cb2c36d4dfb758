package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.domain.Vat;

/**
 * Writes an issued invoice or credit note as a Peppol BIS Billing 3.0 UBL 2.1 document. Element order follows the UBL
 * schema (the validator checks it); Swedish rules: organisation numbers under scheme 0007, VAT number SE + orgnr + 01,
 * bankgiro as payment means 30 under SE:BANKGIRO with the OCR reference as payment id.
 */
@ApplicationScoped
public class PeppolUbl {

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String CURRENCY = "SEK";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** The document; {@code credited} is the invoice a credit note corrects (null for an invoice). */
    public String write(Invoice document, List<InvoiceLine> lines, Invoice credited) {
        boolean creditNote = document.kind == InvoiceKind.CREDIT_NOTE;
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            Ubl ubl = new Ubl(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            String root = creditNote ? "CreditNote" : "Invoice";
            xml.writeStartElement("", root, creditNote ? CREDIT_NOTE_NS : INVOICE_NS);
            xml.writeDefaultNamespace(creditNote ? CREDIT_NOTE_NS : INVOICE_NS);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            ubl.text("CustomizationID", CUSTOMIZATION);
            ubl.text("ProfileID", PROFILE);
            ubl.text("ID", document.number);
            ubl.text("IssueDate", document.issueDate.toString());
            if (!creditNote && document.dueDate != null) {
                ubl.text("DueDate", document.dueDate.toString());
            }
            ubl.text(creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode", creditNote ? "381" : "380");
            ubl.text("DocumentCurrencyCode", CURRENCY);
            if (document.accountingCost != null) {
                ubl.text("AccountingCost", document.accountingCost);
            }
            if (document.buyerReference != null && !document.buyerReference.isBlank()) {
                ubl.text("BuyerReference", document.buyerReference);
            }
            ubl.open("OrderReference");
            ubl.text("ID", document.orderReference != null ? document.orderReference : document.orderId.toString());
            ubl.close();
            if (credited != null) {
                ubl.open("BillingReference");
                ubl.open("InvoiceDocumentReference");
                ubl.text("ID", credited.number);
                ubl.text("IssueDate", credited.issueDate.toString());
                ubl.close();
                ubl.close();
            }
            Vat vat = document.vatCategory();
            party(ubl, "AccountingSupplierParty", document.parties.seller(), vat.identifiersAllowed());
            party(ubl, "AccountingCustomerParty", document.parties.buyer(), false);
            paymentMeans(ubl, document, creditNote);
            taxTotal(ubl, document, vat);
            ubl.open("LegalMonetaryTotal");
            ubl.amount("LineExtensionAmount", document.net);
            ubl.amount("TaxExclusiveAmount", document.net);
            ubl.amount("TaxInclusiveAmount", document.total);
            ubl.amount("PayableAmount", document.total);
            ubl.close();
            for (InvoiceLine line : lines) {
                line(ubl, document, line, vat, creditNote);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write UBL for " + document.number, e);
        }
        return out.toString();
    }

    private static void party(Ubl ubl, String role, AgreementTerms.Party party, boolean withVatNumber)
            throws XMLStreamException {
        ubl.open(role);
        ubl.open("Party");
        String[] endpoint = endpoint(party);
        ubl.text("EndpointID", endpoint[1], "schemeID", endpoint[0]);
        ubl.open("PartyName");
        ubl.text("Name", party.name());
        ubl.close();
        ubl.open("PostalAddress");
        AgreementTerms.Address address = party.address();
        if (address != null && address.street() != null) {
            ubl.text("StreetName", address.street());
        }
        if (address != null && address.city() != null) {
            ubl.text("CityName", address.city());
        }
        if (address != null && address.postalCode() != null) {
            ubl.text("PostalZone", address.postalCode());
        }
        ubl.open("Country");
        ubl.text("IdentificationCode", address == null || address.country() == null ? "SE" : address.country());
        ubl.close();
        ubl.close();
        if (withVatNumber) {
            ubl.open("PartyTaxScheme");
            ubl.text("CompanyID", "SE" + party.orgNumber() + "01");
            ubl.open("TaxScheme");
            ubl.text("ID", "VAT");
            ubl.close();
            ubl.close();
        }
        ubl.open("PartyLegalEntity");
        ubl.text("RegistrationName", party.name());
        ubl.text("CompanyID", party.orgNumber(), "schemeID", "0007");
        ubl.close();
        ubl.close();
        ubl.close();
    }

    /** The Peppol electronic address as scheme and identifier: "0007:5566778808", else the organisation number. */
    private static String[] endpoint(AgreementTerms.Party party) {
        String declared = party.peppolEndpoint();
        if (declared != null && declared.indexOf(':') > 0) {
            return declared.split(":", 2);
        }
        return new String[] {"0007", party.orgNumber()};
    }

    private static void paymentMeans(Ubl ubl, Invoice document, boolean creditNote) throws XMLStreamException {
        String bankgiro = document.parties.seller().bankgiro();
        if (creditNote || bankgiro == null) {
            return;
        }
        ubl.open("PaymentMeans");
        ubl.text("PaymentMeansCode", "30");
        ubl.text("PaymentID", document.ocr);
        ubl.open("PayeeFinancialAccount");
        ubl.text("ID", bankgiro.replaceAll("[^0-9]", ""));
        ubl.open("FinancialInstitutionBranch");
        ubl.text("ID", "SE:BANKGIRO");
        ubl.close();
        ubl.close();
        ubl.close();
        if (document.dueDate != null) {
            ubl.open("PaymentTerms");
            ubl.text(
                    "Note",
                    "Betalning senast " + document.dueDate + " till bankgiro " + bankgiro + ", OCR " + document.ocr);
            ubl.close();
        }
    }

    private static void taxTotal(Ubl ubl, Invoice document, Vat vat) throws XMLStreamException {
        ubl.open("TaxTotal");
        ubl.amount("TaxAmount", document.vat);
        ubl.open("TaxSubtotal");
        ubl.amount("TaxableAmount", document.net);
        ubl.amount("TaxAmount", document.vat);
        ubl.open("TaxCategory");
        category(ubl, vat);
        if (vat.exemptionReasonCode() != null) {
            ubl.text("TaxExemptionReasonCode", vat.exemptionReasonCode());
        }
        if (vat.exemptionReason() != null) {
            ubl.text("TaxExemptionReason", vat.exemptionReason());
        }
        taxScheme(ubl);
        ubl.close();
        ubl.close();
        ubl.close();
    }

    /** What an allowance on a subsidised line is: the funder and its reference for the scheme. */
    static String subsidyReason(Invoice document) {
        if (document.funding == null) {
            return "Subsidy";
        }
        String reason = "Subsidy from " + document.funding.funder().name();
        return document.funding.funderReference() == null
                ? reason
                : reason + " (" + document.funding.funderReference() + ")";
    }

    private static void line(Ubl ubl, Invoice document, InvoiceLine line, Vat vat, boolean creditNote)
            throws XMLStreamException {
        ubl.open(creditNote ? "CreditNoteLine" : "InvoiceLine");
        ubl.text("ID", Integer.toString(line.lineNo));
        ubl.text(creditNote ? "CreditedQuantity" : "InvoicedQuantity", "1", "unitCode", "C62");
        ubl.amount("LineExtensionAmount", line.amount);
        if (line.accountingCost != null) {
            ubl.text("AccountingCost", line.accountingCost);
        }
        if (line.allowance != null) {
            // A subsidy: the full price less an allowance on the line (BG-27), so the buyer sees all three.
            ubl.open("AllowanceCharge");
            ubl.text("ChargeIndicator", "false");
            ubl.text("AllowanceChargeReason", subsidyReason(document));
            ubl.amount("Amount", line.allowance);
            ubl.close();
        }
        ubl.open("Item");
        ubl.text("Name", line.description.length() > 200 ? line.description.substring(0, 200) : line.description);
        ubl.open("ClassifiedTaxCategory");
        category(ubl, vat);
        taxScheme(ubl);
        ubl.close();
        if (line.fundable != null) {
            // Under a claim-back scheme: whether the employer may claim the funder's share of the line.
            ubl.open("AdditionalItemProperty");
            ubl.text("Name", "Fundable");
            ubl.text("Value", line.fundable ? "Yes" : "No");
            ubl.close();
        }
        ubl.close();
        ubl.open("Price");
        ubl.amount("PriceAmount", line.grossAmount());
        ubl.close();
        ubl.close();
    }

    /** Category and rate; category O carries no rate (BR-O-05). */
    private static void category(Ubl ubl, Vat vat) throws XMLStreamException {
        ubl.text("ID", vat.category());
        if (!"O".equals(vat.category())) {
            ubl.text("Percent", vat.percent().stripTrailingZeros().toPlainString());
        }
    }

    private static void taxScheme(Ubl ubl) throws XMLStreamException {
        ubl.open("TaxScheme");
        ubl.text("ID", "VAT");
        ubl.close();
    }

    /** Aggregates (cac) and basic components (cbc), so the writing above reads like the document. */
    private record Ubl(XMLStreamWriter xml) {
        void open(String aggregate) throws XMLStreamException {
            xml.writeStartElement("cac", aggregate, CAC);
        }

        void close() throws XMLStreamException {
            xml.writeEndElement();
        }

        void text(String element, String value) throws XMLStreamException {
            xml.writeStartElement("cbc", element, CBC);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        void text(String element, String value, String attribute, String attributeValue) throws XMLStreamException {
            xml.writeStartElement("cbc", element, CBC);
            xml.writeAttribute(attribute, attributeValue);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        void amount(String element, BigDecimal value) throws XMLStreamException {
            text(element, value.setScale(2).toPlainString(), "currencyID", CURRENCY);
        }
    }
}
