package org.helpline.channels.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.helpline.outbox.Delivery;
import org.helpline.outbox.Destination;
import org.helpline.outbox.OutboxChannel;
import org.helpline.outbox.OutgoingMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends the outbox's mails over SMTP, once each, evenly spaced within {@link MailSettings#perMinute()}, and judges
 * the server's answer: an address that is not one, or a 5xx refusal (no such mailbox, a rejected sender), is for
 * good; an unreachable server, a 4xx ("try later") or a failed login is tried again, so an outage loses nothing.
 */
class MailChannel implements OutboxChannel {

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final Duration spacing;
    private final Clock clock;
    private Instant nextSlot = Instant.EPOCH;

    MailChannel(JavaMailSender sender, InternetAddress from, Duration spacing, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.spacing = spacing;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return MailText.CHANNEL;
    }

    @Override
    public Duration pace(Destination to) {
        Instant now = clock.instant();
        if (now.isBefore(nextSlot)) {
            return Duration.between(now, nextSlot);
        }
        nextSlot = now.plus(spacing);
        return Duration.ZERO;
    }

    @Override
    public Delivery send(OutgoingMessage message, byte[] attachment) {
        MailText text = MailText.of(message);
        try {
            InternetAddress to = new InternetAddress(message.to().chatId(), true);
            to.validate();
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper content = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
            content.setFrom(from);
            content.setTo(to);
            content.setSubject(text.subject());
            content.setText(text.body());
            sender.send(mail);
            return new Delivery.Sent(mail.getMessageID());
        } catch (AddressException e) {
            return new Delivery.Refused("not an e-mail address: " + e.getMessage());
        } catch (MessagingException e) {
            return new Delivery.Refused("the mail could not be made: " + e.getMessage());
        } catch (MailException e) {
            return judge(e);
        }
    }

    /** A 5xx answer to the mail is for good; anything else (no connection, 4xx, the login) may pass later. */
    static Delivery judge(MailException failure) {
        if (failure instanceof MailSendException refused) {
            for (Exception cause : refused.getMessageExceptions()) {
                Optional<SmtpAnswer> answer = smtpAnswer(cause);
                if (answer.isPresent() && answer.get().code() >= 500) {
                    return new Delivery.Refused(answer.get().toString());
                }
            }
        }
        return new Delivery.Unavailable(String.valueOf(failure.getMessage()));
    }

    /** The server's reply code and its reply line, which starts with the code: {@code 550 5.1.1 No such mailbox}. */
    private record SmtpAnswer(int code, String text) {

        @Override
        public String toString() {
            return "SMTP " + text.strip();
        }
    }

    /** The SMTP answer in the failure's chain (a mail's failure chains each refused address's). */
    private static Optional<SmtpAnswer> smtpAnswer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException address) {
                return Optional.of(new SmtpAnswer(address.getReturnCode(), address.getMessage()));
            }
            if (cause instanceof SMTPSendFailedException send) {
                return Optional.of(new SmtpAnswer(send.getReturnCode(), send.getMessage()));
            }
        }
        return Optional.empty();
    }
}
