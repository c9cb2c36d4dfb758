package se.uppdrag.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"19811228-9874", "19811288-9871"})
    void valid_personal_and_coordination_numbers(String number) {
        // 19811288: day 28 + 60, a coordination number
        assertThat(PersonalIdentityNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "19811228-9875",
                "811228-9874",
                "19811328-9874",
                "19810230-9872",
                "21001228-9874",
                "198112289874",
                "",
                "19811228-987X"
            })
    void wrong_check_digit_date_or_form_is_refused(String number) {
        assertThat(PersonalIdentityNumbers.isValid(number)).isFalse();
    }
}
