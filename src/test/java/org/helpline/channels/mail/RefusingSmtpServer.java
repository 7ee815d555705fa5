package org.helpline.channels.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A loopback SMTP server that takes no mail: it answers each recipient as {@code replies} says for its domain
 * (e.g. {@code 550 5.1.1 No such mailbox}), as a real server refusing a mailbox does. Speaks just enough SMTP for
 * a client to get to the recipient.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> replies;

    RefusingSmtpServer(Map<String, String> replies) {
        this.replies = replies;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 refusing.test ESMTP\r\n");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase();
                if (command.startsWith("QUIT")) {
                    out.print("221 Bye\r\n");
                    out.flush();
                    return;
                }
                out.print((command.startsWith("RCPT") ? recipientReply(line) : "250 OK") + "\r\n");
                out.flush();
            }
        } catch (IOException e) {
            // The client hung up.
        }
    }

    private String recipientReply(String line) {
        String domain = line.replaceAll("(?i).*@([^>]*)>.*", "$1");
        return replies.getOrDefault(domain, "250 OK");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
