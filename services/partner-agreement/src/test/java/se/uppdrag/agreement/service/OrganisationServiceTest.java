package se.uppdrag.agreement.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationServiceTest {

    @Test
    void bankgiro_numbers_have_seven_or_eight_digits_with_a_check_digit() {
        assertThat(OrganisationService.validBankgiro("5050-1055")).isTrue();
        assertThat(OrganisationService.validBankgiro("50501055")).isTrue();
        assertThat(OrganisationService.validBankgiro("5402-9681")).isTrue();
        assertThat(OrganisationService.validBankgiro("5050-1056")).isFalse();
        assertThat(OrganisationService.validBankgiro("50-501055")).isFalse();
        assertThat(OrganisationService.validBankgiro("123")).isFalse();
        assertThat(OrganisationService.normaliseBankgiro("50501055")).isEqualTo("5050-1055");
        assertThat(OrganisationService.normaliseBankgiro("1234566")).isEqualTo("123-4566");
    }
}
