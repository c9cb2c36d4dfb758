package se.uppdrag.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrReferenceTest {

    @Test
    void every_serial_gets_a_valid_reference_with_length_and_check_digit() {
        for (long serial = 1; serial < 200_000; serial += 7) {
            String ocr = OcrReference.of(serial);
            assertThat(OcrReference.isValid(ocr)).as(ocr).isTrue();
            assertThat(ocr)
                    .startsWith(Long.toString(serial))
                    .hasSize(Long.toString(serial).length() + 2);
        }
        assertThat(OcrReference.of(1)).isEqualTo("133"); // "1", length digit 3, Luhn check 3
    }

    @Test
    void a_changed_digit_or_wrong_length_digit_is_caught() {
        assertThat(OcrReference.isValid("134")).isFalse();
        assertThat(OcrReference.isValid("1")).isFalse();
        assertThat(OcrReference.isValid("12a4")).isFalse();
    }
}
