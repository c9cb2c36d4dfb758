package se.uppdrag.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads what a form holds as the types the services take, the way Swedes write them ({@code 18 000,50},
 * {@code 7,5}); a value that cannot be read, or a required field left empty, is an error beside its field, said in
 * the user's language, and the service is not asked: the user hears of every such mistake at once instead of one
 * round trip each. An empty optional field reads as nothing, for the service to judge.
 */
public final class Inputs {

    private final Form form;
    private final Messages messages;

    public Inputs(Form form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    /** The fields the page marks required; each left empty is an error beside it (unless one is there already). */
    public Inputs required(String... names) {
        for (String name : names) {
            if (form.text(name) == null && !form.invalid(name)) {
                form.reject(name, messages.input_required());
            }
        }
        return this;
    }

    public String text(String name) {
        return form.text(name);
    }

    /** An amount of money: spaces and a decimal comma allowed. */
    public BigDecimal amount(String name) {
        return number(name, messages.input_amount());
    }

    /** A decimal number such as credits: a decimal comma allowed. */
    public BigDecimal decimal(String name) {
        return number(name, messages.input_number());
    }

    public Integer integer(String name) {
        BigDecimal value = number(name, messages.input_whole_number());
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            form.reject(name, messages.input_whole_number());
            return null;
        }
    }

    public LocalDate date(String name) {
        String value = form.text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            form.reject(name, messages.input_date());
            return null;
        }
    }

    public boolean ok() {
        return !form.hasErrors();
    }

    private BigDecimal number(String name, String complaint) {
        String value = form.text(name);
        if (value == null) {
            return null;
        }
        String plain =
                value.replace("\u00a0", "").replace(" ", "").replace("kr", "").replace(',', '.');
        if (!plain.matches("-?[0-9]{1,12}(\\.[0-9]{1,4})?")) {
            form.reject(name, complaint);
            return null;
        }
        return new BigDecimal(plain);
    }
}
