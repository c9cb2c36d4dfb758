package se.uppdrag.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.uppdrag.portal.client.Money;

/**
 * How the pages write money, dates, credits and organisation numbers: as Swedes read them ({@code 12 500,00 kr},
 * {@code 2027-02-01}, {@code 7,5 hp}, {@code 556677-8808}), or in English on the switch. Templates call them as
 * extension methods: {@code {invoice.total.kr}}, {@code {occasion.startDate.day}}.
 */
@TemplateExtension
public final class Formats {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ENGLISH_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final char NBSP = '\u00a0';

    private Formats() {}

    /** {@code 12 500,00 kr} in Swedish, {@code SEK 12,500.00} in English; empty for no amount. */
    public static String kr(Money money, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return money == null ? "" : kr(money.amount(), locale);
    }

    public static String kr(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        if (english(locale)) {
            return "SEK" + NBSP + number(amount, 2, Locale.ENGLISH);
        }
        return number(amount, 2, Locale.forLanguageTag("sv")) + NBSP + "kr";
    }

    /** The amount alone, without currency, for table cells under a currency heading and for form fields. */
    public static String plain(Money money) {
        return money == null
                ? ""
                : money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code 2027-02-01} in Swedish (the Swedish standard), {@code 1 Feb 2027} in English. */
    public static String day(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return english(locale) ? ENGLISH_DAY.format(date) : date.toString();
    }

    /** A moment in Swedish time: {@code 2027-02-01 14:05}. */
    public static String time(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        return (english(locale) ? ENGLISH_TIME : SWEDISH_TIME).format(instant.atZone(SWEDEN));
    }

    /** {@code 7,5 hp}; credits are högskolepoäng in both languages. */
    public static String hp(BigDecimal credits, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (credits == null) {
            return "";
        }
        return number(credits.stripTrailingZeros(), 0, english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("sv"))
                + NBSP + "hp";
    }

    /** A rate or share as the reader's language writes it: {@code 12,5} in Swedish, {@code 12.5} in English. */
    public static String decimal(BigDecimal value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        return number(value.stripTrailingZeros(), 0, english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
    }

    /** An organisation number as written on paper: {@code 556677-8808}. */
    public static String orgnr(String number) {
        if (number == null || !number.matches("[0-9]{10}")) {
            return number == null ? "" : number;
        }
        return number.substring(0, 6) + "-" + number.substring(6);
    }

    /**
     * How a status reads at a glance: good, waiting or bad (a CSS class that adds a sign as well as a colour, so
     * nothing is told by colour alone).
     */
    public static String tone(String status) {
        if (status == null) {
            return "neutral";
        }
        return switch (status) {
            case "CONFIRMED",
                    "COMPLETED",
                    "ACTIVE",
                    "PAID",
                    "MATCHED",
                    "PUBLISHED",
                    "ACCEPTED",
                    "AWARDED",
                    "SUBMITTED",
                    "UP" -> "good";
            case "PENDING", "WAITLISTED", "PROPOSED", "DRAFT", "OPEN", "PARTIALLY_PAID", "UNMATCHED" -> "wait";
            case "REJECTED",
                    "CANCELLED",
                    "NOT_COMPLETED",
                    "DECLINED",
                    "TERMINATED",
                    "EXPIRED",
                    "OVERDUE",
                    "WITHDRAWN",
                    "DOWN" -> "bad";
            default -> "neutral";
        };
    }

    /** For a query parameter's value. */
    public static String urlEncoded(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String number(BigDecimal value, int minimumFraction, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(Math.max(minimumFraction, 0));
        format.setMaximumFractionDigits(Math.max(minimumFraction, Math.max(0, value.scale())));
        format.setParseBigDecimal(true);
        String text = format.format(value);
        // Swedish groups thousands with a space; a no-break one keeps a number on one line.
        return text.replace(' ', NBSP).replace('\u202f', NBSP).replace('\u2212', '-');
    }

    static boolean english(Object locale) {
        if (locale instanceof Locale l) {
            return "en".equals(l.getLanguage());
        }
        return locale != null && locale.toString().startsWith("en");
    }
}
