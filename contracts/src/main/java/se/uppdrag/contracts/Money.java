package se.uppdrag.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money: two decimals, always SEK on this platform. On the wire it is
 * {@code {"amount": "1234.50", "currency": "SEK"}}, the amount a string so no JSON parser turns it into a double.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String SEK = "SEK";
    /** The most a price per participant may be: every total of an order of such seats still fits every ledger. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("9999999.99");
    /** An amount as a client writes it: at most 12 digits before the point (what the ledgers hold) and 2 after. */
    private static final Pattern WRITTEN_AMOUNT = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,2})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!SEK.equals(currency)) {
            throw new IllegalArgumentException("currency must be SEK, was " + currency);
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money sek(String amount) {
        return new Money(new BigDecimal(amount), SEK);
    }

    public static Money sek(BigDecimal amount) {
        return new Money(amount, SEK);
    }

    @JsonCreator
    static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("money needs both amount and currency");
        }
        // Checked before BigDecimal reads it: a million digits would cost seconds, and no ledger could hold them.
        if (amount.length() > 16 || !WRITTEN_AMOUNT.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount must be written as digits with at most two decimals, "
                    + "such as 1234.50, and at most 12 digits before the point");
        }
        if (!SEK.equals(currency)) {
            throw new IllegalArgumentException("currency must be SEK");
        }
        return new Money(new BigDecimal(amount), currency);
    }

    @JsonValue
    Map<String, String> toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("amount", amount.toPlainString());
        json.put("currency", currency);
        return json;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
