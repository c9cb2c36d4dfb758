package se.uppdrag.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.client.ServiceProblem.FieldError;
import se.uppdrag.portal.client.ServiceProblem.Problem;

class FormTest {

    /** Each message is its own name, so a test can say which one the user was shown. */
    private static final Messages MESSAGES = (Messages) Proxy.newProxyInstance(
            Messages.class.getClassLoader(),
            new Class<?>[] {Messages.class},
            (proxy, method, args) -> method.getName());

    @Test
    void swedish_numbers_amounts_and_dates_are_read_and_what_cannot_be_read_is_named_beside_its_field() {
        Form form = Form.of(Map.of(
                "price",
                "18 000,50 kr",
                "credits",
                "7,5",
                "seats",
                "12",
                "start",
                "2027-01-15",
                "pace",
                "half",
                "end",
                "15/1"));
        Inputs in = new Inputs(form, MESSAGES);

        assertThat(in.amount("price")).isEqualByComparingTo("18000.50");
        assertThat(in.decimal("credits")).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(in.integer("seats")).isEqualTo(12);
        assertThat(in.date("start")).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(in.integer("pace")).isNull();
        assertThat(in.date("end")).isNull();

        assertThat(in.ok()).isFalse();
        assertThat(form.error("pace")).isEqualTo("input_whole_number");
        assertThat(form.error("end")).isEqualTo("input_date");
        assertThat(form.value("pace")).as("what was typed stays in the field").isEqualTo("half");
    }

    @Test
    void a_required_field_left_empty_is_an_error_unless_it_already_has_one() {
        Form form = Form.of(Map.of("title", " ", "credits", "seven"));
        Inputs in = new Inputs(form, MESSAGES);
        in.decimal("credits");

        in.required("title", "credits", "code");

        assertThat(form.error("title")).isEqualTo("input_required");
        assertThat(form.error("code")).isEqualTo("input_required");
        assertThat(form.error("credits")).isEqualTo("input_number");
    }

    @Test
    void the_summary_names_each_field_in_the_order_the_page_shows_them() {
        Form form = Form.of(Map.of()).labelled("code", "Kurskod", "title", "Titel", "credits", "Högskolepoäng");
        form.reject("credits", "Skriv ett tal");
        form.reject("title", "Fyll i det här fältet");
        form.reject("unlabelled", "Något annat");

        assertThat(form.getFieldErrors())
                .containsExactly(
                        Map.entry("title", "Titel: Fyll i det här fältet"),
                        Map.entry("credits", "Högskolepoäng: Skriv ett tal"),
                        Map.entry("unlabelled", "Något annat"));
        assertThat(form.error("title"))
                .as("beside the field the label is already there")
                .isEqualTo("Fyll i det här fältet");
    }

    @Test
    void a_services_refusal_lands_beside_the_field_it_names_through_aliases() {
        Form form = Form.of(Map.of("listPrice", "-1")).alias("listPrice.amount", "listPrice");

        form.refusedBy(new ServiceProblem(
                422,
                new Problem(
                        "Unprocessable",
                        422,
                        "The occasion is not valid",
                        List.of(
                                new FieldError("listPrice.amount", "must be positive"),
                                new FieldError("participants[0].email", "not an address")))));

        assertThat(form.getProblem()).isEqualTo("The occasion is not valid");
        assertThat(form.error("listPrice")).isEqualTo("must be positive");
        assertThat(form.invalid("participants[0].email")).isTrue();
        assertThat(Form.idOf("participants[0].email")).isEqualTo("participants-0-email");
    }
}
