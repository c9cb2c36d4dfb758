package se.uppdrag.portal.client;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount as the services write and read it: {@code { "amount": "12500.00", "currency": "SEK" }}, the amount a string. */
public record Money(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    public static Money sek(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), "SEK");
    }

    public static Money zero() {
        return sek(BigDecimal.ZERO);
    }

    public Money plus(Money other) {
        return other == null ? this : sek(amount.add(other.amount));
    }

    public Money times(long count) {
        return sek(amount.multiply(BigDecimal.valueOf(count)));
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }
}
