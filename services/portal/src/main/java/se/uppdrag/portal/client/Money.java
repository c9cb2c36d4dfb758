package se.uppdrag.portal.client;

import java.math.BigDecimal;

/** An amount as the services write it: {@code { "amount": "12500.00", "currency": "SEK" }}. */
public record Money(BigDecimal amount, String currency) {

    public static Money sek(BigDecimal amount) {
        return new Money(amount.setScale(2, java.math.RoundingMode.HALF_UP), "SEK");
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

    public boolean isPositive() {
        return amount.signum() > 0;
    }
}
