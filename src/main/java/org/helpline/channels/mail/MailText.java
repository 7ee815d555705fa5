package org.helpline.channels.mail;

import org.helpline.outbox.Destination;
import org.helpline.outbox.OutgoingMessage;

/**
 * One e-mail's subject and body. In the outbox a mail is a message of the {@code mail} channel to the address (the
 * destination's chat, so one client's mails leave in order) whose text is the subject, a line break, then the body.
 */
record MailText(String subject, String body) {

    static final String CHANNEL = "mail";

    MailText {
        // A subject is one line: a break would end it early, both in the outbox's text and in the mail's header.
        subject = subject.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    OutgoingMessage to(String address) {
        return OutgoingMessage.text(Destination.chat(CHANNEL, address), subject + "\n" + body, null);
    }

    static MailText of(OutgoingMessage message) {
        String text = message.text();
        int end = text.indexOf('\n');
        return end < 0 ? new MailText(text, "") : new MailText(text.substring(0, end), text.substring(end + 1));
    }
}
