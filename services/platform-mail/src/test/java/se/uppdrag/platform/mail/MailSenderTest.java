package se.uppdrag.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class MailSenderTest {

    private static SMTPException reply(int code, String text) {
        return new SMTPException("sending failed", code, List.of(code + " " + text), true);
    }

    @Test
    void aPermanentRefusalOfTheAddressIsFinal() {
        assertThat(MailSender.addressRefused(reply(550, "5.1.1 No such user"))).isTrue();
        assertThat(MailSender.addressRefused(new CompletionException(reply(553, "5.1.3 Bad address syntax"))))
                .as("found under the future's wrapping")
                .isTrue();
    }

    @Test
    void aServerThatIsBusyOrRefusesForAnotherReasonIsTriedAgain() {
        assertThat(MailSender.addressRefused(reply(451, "4.3.0 Try again later")))
                .isFalse();
        assertThat(MailSender.addressRefused(reply(421, "4.4.2 Timeout"))).isFalse();
        assertThat(MailSender.addressRefused(reply(554, "5.7.1 Message rejected as spam")))
                .isFalse();
        assertThat(MailSender.addressRefused(new ConnectException("Connection refused")))
                .isFalse();
    }
}
