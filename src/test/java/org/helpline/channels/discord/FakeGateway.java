package org.helpline.channels.discord;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import static org.helpline.channels.discord.DiscordObjects.JSON;

/**
 * The fake's WebSocket gateway, uncompressed JSON: HELLO on connect; IDENTIFY answered with READY and the test
 * server's GUILD_CREATE; RESUME with RESUMED; heartbeats acknowledged; a close frame echoed. Dispatches go to the
 * session connected last.
 */
final class FakeGateway extends WebSocketListener {

    /** A gateway payload the bot sent: IDENTIFY (op 2), RESUME (op 6), heartbeats (op 1)… */
    record Received(int op, JsonNode d) {
    }

    private final String url;
    private final AtomicLong sequence = new AtomicLong();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket session;
    private volatile String sessionId;

    FakeGateway(String url) {
        this.url = url;
    }

    List<Received> received(int op) {
        return received.stream().filter(payload -> payload.op() == op).toList();
    }

    boolean connected() {
        return session != null && sessionId != null;
    }

    /** Sends an event (MESSAGE_CREATE, INTERACTION_CREATE…) to the bot. */
    void dispatch(String type, JsonNode data) {
        WebSocket current = session;
        if (current == null) {
            throw new IllegalStateException("The bot is not connected to the fake gateway");
        }
        ObjectNode payload = JSON.createObjectNode().put("op", 0).put("s", sequence.incrementAndGet()).put("t", type);
        payload.set("d", data);
        current.send(payload.toString());
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        session = webSocket;
        ObjectNode hello = JSON.createObjectNode().put("op", 10).putNull("s").putNull("t");
        hello.putObject("d").put("heartbeat_interval", 41_250);
        webSocket.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        JsonNode payload;
        try {
            payload = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            webSocket.close(4002, "Decode error");
            return;
        }
        int op = payload.path("op").asInt();
        received.add(new Received(op, payload.path("d")));
        switch (op) {
            case 1 -> webSocket.send(JSON.createObjectNode().put("op", 11).toString());
            case 2 -> ready();
            case 6 -> dispatch("RESUMED", JSON.createObjectNode());
            default -> {
            }
        }
    }

    private void ready() {
        sessionId = UUID.randomUUID().toString();
        ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", sessionId)
                .put("resume_gateway_url", url);
        ready.set("user", DiscordObjects.bot());
        ready.putArray("guilds").addObject().put("id", DiscordObjects.GUILD_ID).put("unavailable", true);
        ready.putObject("application").put("id", DiscordObjects.BOT_ID).put("flags", 0);
        ready.putObject("user_settings");
        for (String empty : new String[]{"private_channels", "relationships", "presences", "guild_join_requests",
                "geo_ordered_rtc_regions"}) {
            ready.putArray(empty);
        }
        dispatch("READY", ready);
        dispatch("GUILD_CREATE", DiscordObjects.guild());
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(code, null);
        if (session == webSocket) {
            session = null;
        }
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        if (session == webSocket) {
            session = null;
        }
    }

    /** Closes the session as Discord does when it wants the bot to reconnect and resume. */
    void dropSession() {
        WebSocket current = session;
        if (current != null) {
            current.close(4000, "Unknown error");
        }
    }
}
