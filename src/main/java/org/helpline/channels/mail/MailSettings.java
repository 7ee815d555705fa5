package org.helpline.channels.mail;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server e-mail notices go through ({@code helpline.mail.*}, set from {@code HELPLINE_MAIL_HOST},
 * {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}, {@code _FROM}, {@code _SECURITY} and {@code _PER_MINUTE} in
 * application.yaml). The app builds its mail sender from these itself; Spring Boot's own {@code spring.mail.*}
 * stay unset.
 *
 * @param host      the SMTP server; blank means e-mail notices are off and nothing mail runs
 * @param port      unset means the usual one for {@code security}: 587, 465 or 25
 * @param username  unset means the server is used without logging in
 * @param password  the login's password
 * @param from      the sender clients see, e.g. {@code Helpline <support@example.com>}; required with a host
 * @param security  {@code starttls} (the default: the connection must turn encrypted before anything is sent),
 *                  {@code tls} (encrypted from the start, "SMTPS") or {@code none} (a server on this machine)
 * @param perMinute at most this many mails a minute leave this app instance, evenly spaced (default 60)
 */
@ConfigurationProperties("helpline.mail")
record MailSettings(String host, Integer port, String username, String password, String from, Security security,
                    Integer perMinute) {

    enum Security { STARTTLS, TLS, NONE }

    MailSettings {
        host = blank(host) ? "" : host.strip();
        username = blank(username) ? null : username.strip();
        security = security == null ? Security.STARTTLS : security;
        port = port == null ? switch (security) {
            case STARTTLS -> 587;
            case TLS -> 465;
            case NONE -> 25;
        } : port;
        perMinute = perMinute == null ? 60 : perMinute;
        if (!host.isEmpty()) {
            sender(from);
            if (perMinute < 1) {
                throw new IllegalArgumentException("helpline.mail.per-minute (HELPLINE_MAIL_PER_MINUTE) must be 1 or more: "
                        + perMinute);
            }
        }
    }

    InternetAddress sender() {
        return sender(from);
    }

    /** How far apart two mails leave. */
    Duration spacing() {
        return Duration.ofMillis(Math.max(1, 60_000 / perMinute));
    }

    /** Without the password, which must not reach logs. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (blank(password) ? "" : "***") + ", from=" + from + ", security=" + security + ", perMinute="
                + perMinute + "]";
    }

    private static InternetAddress sender(String from) {
        String name = "helpline.mail.from (HELPLINE_MAIL_FROM)";
        if (blank(from)) {
            throw new IllegalArgumentException(name + " is required with a mail host: the address clients' mails come from");
        }
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException(name + " is not an e-mail address (" + e.getMessage() + "): " + from);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
