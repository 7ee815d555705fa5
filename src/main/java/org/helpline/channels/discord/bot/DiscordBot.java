package org.helpline.channels.discord.bot;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * The bot's connection to Discord: JDA, logged in from start-up in the background so that a slow, down or refusing
 * Discord never holds up the rest of the app. A wrong token is logged once, clearly, and the bot stays off; an
 * unreachable Discord is tried again. Once logged in, JDA itself reconnects and resumes. What Discord tells the bot
 * goes to the sides' JDA {@link EventListener} beans (the clients' DMs, the staff forum).
 */
public class DiscordBot implements SmartLifecycle {

    /**
     * Server messages (the staff channel), direct messages, and what messages say (privileged). GUILDS, for the
     * servers themselves and /support in them, JDA always asks for.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final Duration LOGIN_RETRY = Duration.ofSeconds(30);

    private final DiscordSettings settings;
    private final ObjectProvider<EventListener> listeners;
    private volatile JDA jda;
    private volatile boolean running;
    private Thread login;

    DiscordBot(DiscordSettings settings, ObjectProvider<EventListener> listeners) {
        this.settings = settings;
        this.listeners = listeners;
    }

    /** The logged-in client, once it is. */
    public Optional<JDA> jda() {
        return Optional.ofNullable(jda);
    }

    @Override
    public synchronized void start() {
        running = true;
        List<EventListener> events = listeners.orderedStream().toList();
        login = Thread.ofVirtual().name("discord-login").start(() -> login(events));
    }

    /** Logs in, trying again while Discord cannot be reached; a refused token ends the attempts. */
    private void login(List<EventListener> events) {
        while (running) {
            try {
                JDA client = connect(events);
                synchronized (this) {
                    if (!running) {
                        client.shutdownNow();
                        return;
                    }
                    jda = client;
                }
                return;
            } catch (InvalidTokenException e) {
                log.error("Discord refused the bot token (HTTP 401): the Discord bot is OFF. Check HELPLINE_DISCORD_TOKEN "
                        + "(Developer Portal → your application → Bot → Reset Token); the rest of Helpline runs on.");
                return;
            } catch (RuntimeException e) {
                log.error("The Discord bot could not log in at {} ({}); trying again in {}", settings.apiUrl(), e,
                        LOGIN_RETRY);
            }
            try {
                Thread.sleep(LOGIN_RETRY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Light: no member or presence caches, which a support bot has no use for. */
    private JDA connect(List<EventListener> events) {
        return JDABuilder.createLight(settings.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
                .setSessionController(new FixedGateway(settings.gatewayUrl().toString()))
                .setCompression(settings.discordsOwnGateway() ? Compression.ZLIB : Compression.NONE)
                .addEventListeners(events.toArray())
                .addEventListeners((EventListener) event -> {
                    if (event instanceof ReadyEvent ready) {
                        log.info("Discord bot {} is connected", ready.getJDA().getSelfUser().getName());
                    }
                })
                .build();
    }

    @Override
    public void stop() {
        JDA client;
        synchronized (this) {
            running = false;
            client = jda;
            jda = null;
        }
        if (login != null) {
            login.interrupt();
        }
        if (client == null) {
            return;
        }
        client.shutdown();
        try {
            if (!client.awaitShutdown(SHUTDOWN_GRACE)) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Connects to the configured gateway instead of asking Discord's {@code /gateway/bot} for one. */
    private static final class FixedGateway extends SessionControllerAdapter {

        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
