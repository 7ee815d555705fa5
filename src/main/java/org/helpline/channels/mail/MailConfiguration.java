package org.helpline.channels.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

import org.helpline.conversation.Conversations;
import org.helpline.dialogs.Dialogs;
import org.helpline.outbox.Outbox;
import org.helpline.site.PublicUrl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail notices, present only when an SMTP host is configured. The mail sender is built here from
 * {@link MailSettings} and is not a bean of its own, so Spring Boot's mail health check (which would report the
 * whole app down while the SMTP server is) stays off: the outbox waits out an outage instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailEnabled.class)
class MailConfiguration {

    /** A server that does not answer must not hold a sender for the outbox's whole claim on the message. */
    private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(20);

    @Bean
    MailChannel mailChannel(MailSettings settings) {
        return new MailChannel(sender(settings), settings.sender(), settings.spacing(), Clock.systemUTC());
    }

    @Bean
    MailNotices mailNotices(Outbox outbox, Dialogs dialogs, Conversations conversations, PublicUrl site) {
        return new MailNotices(outbox, dialogs, conversations, site);
    }

    static JavaMailSenderImpl sender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setUsername(settings.username());
        sender.setPassword(settings.password());
        sender.setDefaultEncoding("UTF-8");
        Properties smtp = new Properties();
        String timeout = String.valueOf(SMTP_TIMEOUT.toMillis());
        smtp.setProperty("mail.smtp.connectiontimeout", timeout);
        smtp.setProperty("mail.smtp.timeout", timeout);
        smtp.setProperty("mail.smtp.writetimeout", timeout);
        smtp.setProperty("mail.smtp.auth", String.valueOf(settings.username() != null));
        smtp.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        switch (settings.security()) {
            case STARTTLS -> {
                smtp.setProperty("mail.smtp.starttls.enable", "true");
                // Never fall back to sending the password and the mails in the clear.
                smtp.setProperty("mail.smtp.starttls.required", "true");
            }
            case TLS -> smtp.setProperty("mail.smtp.ssl.enable", "true");
            case NONE -> {
                // A server on this machine or a trusted network.
            }
        }
        sender.setJavaMailProperties(smtp);
        return sender;
    }
}
