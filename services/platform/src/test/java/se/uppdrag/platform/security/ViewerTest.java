package se.uppdrag.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViewerTest {

    private static final String KUSTLAND = "2021001231";
    private static final String VERKSTAD = "5566778808";

    @Test
    void each_side_sees_what_it_is_party_to_on_its_own_side_and_an_operator_everything() {
        assertThat(Viewer.university(KUSTLAND).sees(KUSTLAND, VERKSTAD)).isTrue();
        assertThat(Viewer.university(VERKSTAD).sees(KUSTLAND, VERKSTAD)).isFalse();
        assertThat(Viewer.employer(VERKSTAD).sees(KUSTLAND, VERKSTAD)).isTrue();
        assertThat(Viewer.employer(KUSTLAND).sees(KUSTLAND, VERKSTAD)).isFalse();
        assertThat(Viewer.operator().sees(KUSTLAND, VERKSTAD)).isTrue();
    }

    @Test
    void an_operator_has_no_organisation_and_everyone_else_exactly_one() {
        assertThat(Viewer.operator().organisation()).isNull();
        assertThatThrownBy(() -> new Viewer(Viewer.Side.OPERATOR, KUSTLAND))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewer(Viewer.Side.EMPLOYER, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Viewer.university(null)).isInstanceOf(NullPointerException.class);
    }
}
