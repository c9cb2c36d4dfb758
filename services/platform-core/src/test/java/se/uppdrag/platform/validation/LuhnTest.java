package se.uppdrag.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LuhnTest {

    @Test
    void known_numbers() {
        assertThat(Luhn.isValid("5566778808")).isTrue();
        assertThat(Luhn.isValid("2021001231")).isTrue();
        assertThat(Luhn.isValid("5566778809")).isFalse();
        assertThat(Luhn.checkDigit("811228987")).isEqualTo(4); // personnummer 811228-9874
    }

    @Test
    void the_check_digit_makes_any_digit_string_valid_and_any_other_last_digit_invalid() {
        Random random = new Random(20261122);
        for (int n = 0; n < 1_000; n++) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0, length = 1 + random.nextInt(24); i < length; i++) {
                digits.append(random.nextInt(10));
            }
            int check = Luhn.checkDigit(digits.toString());
            for (int d = 0; d < 10; d++) {
                assertThat(Luhn.isValid(digits.toString() + d))
                        .as("%s%d", digits, d)
                        .isEqualTo(d == check);
            }
        }
    }

    @Test
    void refuses_what_is_not_a_digit_string() {
        assertThat(Luhn.isValid(null)).isFalse();
        assertThat(Luhn.isValid("5")).isFalse();
        assertThat(Luhn.isValid("556677-8808")).isFalse();
    }
}
