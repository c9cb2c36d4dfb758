package se.uppdrag.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.errors.ProblemMappers;

class StrictJsonTest {

    record Body(
            String name,
            ChronoUnit unit,
            LocalDate start,
            BigDecimal credits,
            Integer seats,
            Boolean online,
            List<String> outcomes) {}

    private static final ObjectMapper MAPPER = strict();

    @Test
    void reads_a_body_written_as_documented() throws Exception {
        Body body = MAPPER.readValue("""
                {"name":"Åsa\\tÖberg 😀","unit":"DAYS","start":"2027-02-01","credits":7.5,"seats":20,"online":true,
                 "outcomes":["Line one\\nline two"]}""", Body.class);
        assertThat(body.start()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(body.credits()).isEqualByComparingTo("7.5");
        assertThat(body.outcomes()).containsExactly("Line one\nline two");
    }

    @Test
    void refuses_a_key_given_twice() {
        assertRefused("{\"name\":\"a\",\"name\":\"b\"}", null);
    }

    @Test
    void refuses_coercions_that_change_the_meaning() {
        assertRefused("{\"unit\":0}", "unit");
        assertRefused("{\"unit\":\"0\"}", "unit");
        assertRefused("{\"start\":20270101}", "start");
        assertRefused("{\"seats\":\"20\"}", "seats");
        assertRefused("{\"credits\":\"7.5\"}", "credits");
        assertRefused("{\"online\":\"true\"}", "online");
        assertRefused("{\"name\":42}", "name");
    }

    @Test
    void refuses_dates_that_are_not_plain_iso_dates_in_range() {
        for (String date : List.of(
                "2027-01-01T00:00:00Z",
                "2027-01-01\\u0000",
                "+57467-08-27",
                "1899-12-31",
                "2200-01-01",
                "2027-02-30",
                "27-01-01")) {
            assertRefused("{\"start\":\"" + date + "\"}", "start");
        }
    }

    @Test
    void refuses_control_characters_and_unpaired_surrogates_in_text() {
        assertRefused("{\"name\":\"a\\u0000b\"}", "name");
        assertRefused("{\"name\":\"\\ud800\"}", "name");
        assertRefused("{\"outcomes\":[\"ok\",\"bell\\u0007\"]}", "outcomes[1]");
    }

    @Test
    void refuses_numbers_whose_arithmetic_could_cost_seconds() {
        assertRefused("{\"credits\":1e308}", "credits");
        assertRefused("{\"credits\":1E-999999999}", "credits");
        assertRefused("{\"credits\":" + "9".repeat(25) + "}", "credits");
        assertRefused("{\"credits\":" + "9".repeat(1_000_000) + "}", null);
        assertRefused("{\"seats\":99999999999}", "seats");
    }

    @Test
    void the_client_is_told_which_field_and_why_in_its_own_terms() {
        JsonMappingException e = refusal("{\"start\":\"+57467-08-27\"}");
        assertThat(ProblemMappers.fieldMessage(e))
                .isEqualTo("must be a date written YYYY-MM-DD between 1900-01-01 and 2199-12-31");
        assertThat(ProblemMappers.fieldMessage(refusal("{\"unit\":\"0\"}")))
                .startsWith("must be one of [")
                .doesNotContain("java");
    }

    @Test
    void overlong_utf8_is_not_utf8() {
        assertThat(StrictUtf8.isUtf8("{\"name\":\"Åsa\"}".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(StrictUtf8.isUtf8(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}))
                .isFalse();
        assertThat(StrictUtf8.isUtf8(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
                .isFalse();
        assertThat(StrictUtf8.isUtf8(new byte[] {'"', (byte) 0xE2, (byte) 0x82}))
                .isFalse();
    }

    private static void assertRefused(String json, String field) {
        assertThatThrownBy(() -> MAPPER.readValue(json, Body.class))
                .as(json.length() > 80 ? json.substring(0, 80) : json)
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> {
                    if (field != null) {
                        assertThat(e).isInstanceOf(JsonMappingException.class);
                        assertThat(ProblemMappers.pathOf((JsonMappingException) e))
                                .isEqualTo(field);
                    }
                });
    }

    private static JsonMappingException refusal(String json) {
        try {
            MAPPER.readValue(json, Body.class);
        } catch (JsonMappingException e) {
            return e;
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a mapping refusal: " + e);
        }
        throw new AssertionError("accepted " + json);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper =
                JsonMapper.builder().addModule(new JavaTimeModule()).build();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
