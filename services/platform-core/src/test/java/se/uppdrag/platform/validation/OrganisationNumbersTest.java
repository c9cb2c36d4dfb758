package se.uppdrag.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021001231", "2021004565", "5566778808", "2321000016", "2021007899"})
    void the_demo_organisations_are_valid(String number) {
        assertThat(OrganisationNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5566778809", "556677880", "55667788080", "556677-8808", "8112289874", ""})
    void wrong_check_digit_length_form_or_a_personal_number_is_refused(String number) {
        // 8112289874 is a valid personnummer: its third digit (1) is below 2, so it is no organisation.
        assertThat(OrganisationNumbers.isValid(number)).isFalse();
    }
}
