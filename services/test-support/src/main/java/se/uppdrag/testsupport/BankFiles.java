package se.uppdrag.testsupport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Bank files as banks write them, for tests: camt.054.001.02 notifications and BgMax files. */
public final class BankFiles {

    /** One incoming payment: the bank's reference for it, the payer's reference (OCR), amount, payer. */
    public record Incoming(String bankReference, String reference, String amount, String payer) {}

    private BankFiles() {}

    /** One booked credit entry per payment. */
    public static String camt054(LocalDate booked, List<Incoming> payments) {
        StringBuilder xml = new StringBuilder(512 + payments.size() * 700);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">\n")
                .append(" <BkToCstmrDbtCdtNtfctn>\n")
                .append("  <GrpHdr><MsgId>MSG-")
                .append(booked)
                .append('-')
                .append(payments.size())
                .append("</MsgId><CreDtTm>")
                .append(booked)
                .append("T06:00:00</CreDtTm></GrpHdr>\n")
                .append("  <Ntfctn>\n   <Id>NTF-")
                .append(booked)
                .append("</Id><CreDtTm>")
                .append(booked)
                .append(
                        "T06:00:00</CreDtTm>\n   <Acct><Id><Othr><Id>50501055</Id><SchmeNm><Prtry>BGNR</Prtry></SchmeNm>")
                .append("</Othr></Id><Ccy>SEK</Ccy></Acct>\n");
        for (Incoming p : payments) {
            xml.append("   <Ntry>\n    <Amt Ccy=\"SEK\">")
                    .append(p.amount())
                    .append("</Amt>\n")
                    .append("    <CdtDbtInd>CRDT</CdtDbtInd>\n    <Sts>BOOK</Sts>\n")
                    .append("    <BookgDt><Dt>")
                    .append(booked)
                    .append("</Dt></BookgDt>\n")
                    .append("    <ValDt><Dt>")
                    .append(booked)
                    .append("</Dt></ValDt>\n")
                    .append("    <AcctSvcrRef>")
                    .append(p.bankReference())
                    .append("</AcctSvcrRef>\n")
                    .append(
                            "    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>BOOK</SubFmlyCd></Fmly></Domn></BkTxCd>\n")
                    .append("    <NtryDtls><TxDtls>\n")
                    .append("     <Refs><AcctSvcrRef>")
                    .append(p.bankReference())
                    .append("-1</AcctSvcrRef></Refs>\n")
                    .append("     <AmtDtls><TxAmt><Amt Ccy=\"SEK\">")
                    .append(p.amount())
                    .append("</Amt></TxAmt></AmtDtls>\n")
                    .append("     <RltdPties><Dbtr><Nm>")
                    .append(p.payer())
                    .append("</Nm></Dbtr></RltdPties>\n");
            if (p.reference() != null) {
                xml.append("     <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>")
                        .append(p.reference())
                        .append("</Ref></CdtrRefInf></Strd></RmtInf>\n");
            }
            xml.append("    </TxDtls></NtryDtls>\n   </Ntry>\n");
        }
        xml.append("  </Ntfctn>\n </BkToCstmrDbtCdtNtfctn>\n</Document>\n");
        return xml.toString();
    }

    /** One deposit to bankgiro 5050-1055 booked on the day; the payments' serials come from their bank references. */
    public static byte[] bgMax(LocalDate booked, List<Incoming> payments) {
        StringBuilder file = new StringBuilder();
        record(file, "01" + pad("BGMAX", 20) + "01" + "20270201063015123456" + "P");
        record(file, "05" + zeros("50501055", 10) + pad("", 10) + "SEK");
        BigDecimal total = BigDecimal.ZERO;
        for (Incoming p : payments) {
            BigDecimal amount = new BigDecimal(p.amount());
            total = total.add(amount);
            record(
                    file,
                    "20" + zeros("9912346", 10) + pad(p.reference() == null ? "" : p.reference(), 25)
                            + ore(amount) + (p.reference() == null ? "1" : "2") + "1"
                            + zeros(p.bankReference().replaceAll("[^0-9]", ""), 12) + "0");
            record(file, "26" + pad(p.payer(), 35));
        }
        record(
                file,
                "15" + pad("99000012345678", 35) + booked.format(DateTimeFormatter.BASIC_ISO_DATE) + "00001"
                        + ore(total) + "SEK" + zeros(Integer.toString(payments.size()), 8) + "K");
        record(
                file,
                "70" + zeros(Integer.toString(payments.size()), 8) + zeros("0", 8) + zeros("0", 8) + zeros("1", 8));
        return file.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String ore(BigDecimal amount) {
        return zeros(amount.movePointRight(2).toBigIntegerExact().toString(), 18);
    }

    private static void record(StringBuilder file, String content) {
        file.append(pad(content, 80)).append("\r\n");
    }

    private static String pad(String text, int length) {
        return String.format("%-" + length + "s", text);
    }

    private static String zeros(String digits, int length) {
        return "0".repeat(Math.max(0, length - digits.length())) + digits;
    }
}
