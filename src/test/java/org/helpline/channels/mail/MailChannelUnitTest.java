package org.helpline.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.helpline.outbox.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** How a failed send is judged, on the exceptions Angus Mail raises for each SMTP answer; and the settings' checks. */
class MailChannelUnitTest {

    @Test
    void aMailboxTheServerRefusesIsGivenUpButATemporaryRefusalIsTriedAgain() throws Exception {
        InternetAddress to = new InternetAddress("anna@example.ru");
        assertThat(MailChannel.judge(refused(new SMTPAddressFailedException(to, "RCPT TO", 550, "550 5.1.1 User unknown"))))
                .isEqualTo(new Delivery.Refused("SMTP 550 5.1.1 User unknown"));
        assertThat(MailChannel.judge(refused(new SMTPAddressFailedException(to, "RCPT TO", 451, "4.7.1 Greylisted"))))
                .isInstanceOf(Delivery.Unavailable.class);
        assertThat(MailChannel.judge(refused(new SMTPSendFailedException("MAIL FROM", 554, "5.7.1 Sender rejected",
                null, null, null, null)))).isInstanceOf(Delivery.Refused.class);
    }

    @Test
    void anUnreachableServerOrAFailedLoginIsTriedAgain() {
        assertThat(MailChannel.judge(new MailSendException("Mail server connection failed",
                new MessagingException("Connection refused")))).isInstanceOf(Delivery.Unavailable.class);
        assertThat(MailChannel.judge(new MailAuthenticationException("535 Authentication failed")))
                .isInstanceOf(Delivery.Unavailable.class);
    }

    @Test
    void aHostNeedsASenderAddressAndThePortFollowsTheSecurity() {
        assertThatThrownBy(() -> new MailSettings("smtp.example.ru", null, null, null, "", null, null))
                .hasMessageContaining("HELPLINE_MAIL_FROM");
        assertThatThrownBy(() -> new MailSettings("smtp.example.ru", null, null, null, "support", null, null))
                .hasMessageContaining("is not an e-mail address");
        assertThat(new MailSettings("smtp.example.ru", null, null, null, "support@example.ru", null, null).port()).isEqualTo(587);
        assertThat(new MailSettings("smtp.example.ru", null, null, null, "support@example.ru", MailSettings.Security.TLS, null)
                .port()).isEqualTo(465);
        assertThat(new MailSettings("", null, null, null, null, null, null).host()).as("off, nothing required").isEmpty();
        assertThat(new MailSettings("smtp.example.ru", null, "bot", "secret", "support@example.ru", null, null).toString())
                .doesNotContain("secret");
    }

    /** As Spring's sender reports a mail the server refused: Angus's "Invalid Addresses" chaining the SMTP answer. */
    private static MailSendException refused(MessagingException answer) {
        SendFailedException invalid = new SendFailedException("Invalid Addresses", answer);
        return new MailSendException(Map.of(new Object(), invalid));
    }
}
