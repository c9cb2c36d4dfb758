package se.uppdrag.catalogue.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccasionRepositoryTest {

    @Test
    void every_word_becomes_a_prefix_term() {
        assertThat(OccasionRepository.prefixQuery("Machine lear")).isEqualTo("machine:* & lear:*");
        assertThat(OccasionRepository.prefixQuery("Hållbar   produktion")).isEqualTo("hållbar:* & produktion:*");
    }

    @Test
    void query_syntax_and_punctuation_cannot_leak_into_the_tsquery() {
        assertThat(OccasionRepository.prefixQuery("a & !b | c:* ')")).isEqualTo("a:* & b:* & c:*");
        assertThat(OccasionRepository.prefixQuery("'); drop table occasion; --"))
                .isEqualTo("drop:* & table:* & occasion:*");
        assertThat(OccasionRepository.prefixQuery(" -- ")).isNull();
        assertThat(OccasionRepository.prefixQuery(null)).isNull();
    }
}
