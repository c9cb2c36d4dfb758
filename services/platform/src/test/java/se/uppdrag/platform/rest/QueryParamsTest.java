package se.uppdrag.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.SortOrder;

class QueryParamsTest {

    @Test
    void reads_what_is_there_and_nothing_for_blanks() {
        assertThat(QueryParams.date("from", "2027-01-01")).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(QueryParams.date("from", " ")).isNull();
        assertThat(QueryParams.enumeration("unit", "days", ChronoUnit.class)).isEqualTo(ChronoUnit.DAYS);
        assertThat(QueryParams.uuid("invoice", " 6f1c1b8e-0f5c-4a4b-9a43-2b9e1f3c8d7a"))
                .isEqualTo(UUID.fromString("6f1c1b8e-0f5c-4a4b-9a43-2b9e1f3c8d7a"));
        assertThat(QueryParams.uuid("invoice", "")).isNull();
        assertThat(QueryParams.page(null)).isZero();
        assertThat(QueryParams.size(null, 20)).isEqualTo(20);
        assertThat(QueryParams.year("year", " 2027", 2026)).isEqualTo(2027);
        assertThat(QueryParams.year("year", null, 2026)).isEqualTo(2026);
    }

    @Test
    void a_malformed_parameter_is_a_400_naming_it() {
        assertThatThrownBy(() -> QueryParams.date("from", "2027-13-01"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    ProblemException problem = (ProblemException) e;
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(f -> f.field()).containsExactly("from");
                });
        assertThatThrownBy(() -> QueryParams.enumeration("unit", "fortnights", ChronoUnit.class))
                .hasMessageContaining("unit");
        assertThatThrownBy(() -> QueryParams.uuid("invoice", "not-a-uuid")).hasMessageContaining("invoice");
        assertThatThrownBy(() -> QueryParams.year("year", "1999", 2026)).hasMessageContaining("year");
        assertThatThrownBy(() -> QueryParams.year("year", "MMXXVII", 2026)).hasMessageContaining("year");
        assertThatThrownBy(() -> QueryParams.page(-1)).hasMessageContaining("page");
        assertThatThrownBy(() -> QueryParams.page(Integer.MAX_VALUE)).hasMessageContaining("page");
        assertThatThrownBy(() -> QueryParams.date("to", "+57467-08-27")).hasMessageContaining("to");
        assertThatThrownBy(() -> QueryParams.date("to", "2027-01-01T00:00Z")).hasMessageContaining("to");
        assertThatThrownBy(() -> QueryParams.date("to", "2027-01-01\u0000")).hasMessageContaining("to");
        assertThatThrownBy(() -> QueryParams.size(101, 20)).hasMessageContaining("size");
        assertThatThrownBy(() -> QueryParams.text("q", "x".repeat(201), 200)).hasMessageContaining("q");
    }

    /** Two sortable fields, as a list would declare them. */
    enum Sortable implements SortOrder.Field {
        DUE("dueDate"),
        TOTAL("total");

        private final String apiName;

        Sortable(String apiName) {
            this.apiName = apiName;
        }

        @Override
        public String apiName() {
            return apiName;
        }
    }

    @Test
    void a_sort_is_a_field_by_its_api_name_with_a_minus_for_descending() {
        assertThat(QueryParams.sort("sort", "dueDate", Sortable.class)).isEqualTo(new SortOrder<>(Sortable.DUE, false));
        assertThat(QueryParams.sort("sort", "-total", Sortable.class)).isEqualTo(new SortOrder<>(Sortable.TOTAL, true));
        assertThat(QueryParams.sort("sort", "", Sortable.class)).isNull();
        assertThat(new SortOrder<>(Sortable.TOTAL, true).orderBy("total", "number desc"))
                .isEqualTo("total desc, number desc");
        assertThatThrownBy(() -> QueryParams.sort("sort", "DUE", Sortable.class))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("sort");
        assertThatThrownBy(() -> QueryParams.sort("sort", "--total", Sortable.class))
                .isInstanceOf(ProblemException.class);
    }
}
