package se.uppdrag.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void takes_text_in_any_script_with_tabs_and_line_breaks() {
        assertThat(PlainText.problem("Åsa Öberg\tLine one\r\nline two 😀 中文")).isEmpty();
    }

    @Test
    void refuses_controls_and_unpaired_surrogates() {
        assertThat(PlainText.problem("a\u0000b")).get().asString().contains("U+0000");
        assertThat(PlainText.problem("bell\u0007")).isPresent();
        assertThat(PlainText.problem("del\u007F")).isPresent();
        assertThat(PlainText.problem("half \ud800 pair")).get().asString().contains("surrogate");
        assertThat(PlainText.problem("\udc00")).isPresent();
        assertThat(PlainText.problem("end\ud83d")).isPresent();
    }

    @Test
    void tells_a_line_break() {
        assertThat(PlainText.hasLineBreak("Anna\r\nBerg")).isTrue();
        assertThat(PlainText.hasLineBreak("Anna Berg")).isFalse();
    }
}
