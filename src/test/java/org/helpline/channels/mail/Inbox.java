package org.helpline.channels.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A loopback SMTP server (GreenMail) on a port of its own that takes mail only after the login {@link #LOGIN} /
 * {@link #PASSWORD}, and what it received, as the client's mail app shows it.
 */
final class Inbox implements AutoCloseable {

    static final String LOGIN = "helpline";
    static final String PASSWORD = "smtp-secret";

    /** One received mail: its recipients, its decoded subject and its text. */
    record Mail(List<String> to, String subject, String body) {
    }

    private final GreenMail server;

    private Inbox(GreenMail server) {
        this.server = server.withConfiguration(GreenMailConfiguration.aConfig().withUser(LOGIN, PASSWORD));
        server.start();
    }

    /** On a free port the system picks. */
    static Inbox start() {
        return new Inbox(new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()));
    }

    /** On {@code port}, where the app was told the server is. */
    static Inbox startOn(int port) {
        return new Inbox(new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
    }

    int port() {
        return server.getSmtp().getPort();
    }

    /** Everything received so far, in order of arrival; one snapshot. */
    List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(Inbox::read).toList();
    }

    List<Mail> to(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return new Mail(Arrays.stream(to).map(Address::toString).toList(), message.getSubject(),
                    String.valueOf(message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
