package org.helpline.channels.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.helpline.conversation.Input;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Discord tells the bot, taken off JDA's gateway thread into the chat's {@link ChatLanes lane}. An event
 * delivered again is dropped first ({@link FirstDeliveries}); an interaction is acknowledged at once — Discord allows
 * three seconds — and worked on after the acknowledgement went out.
 */
class DiscordEvents extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);
    private static final long ACK_PATIENCE_SECONDS = 3;

    private final DirectMessages clients;
    private final DiscordCommands commands;
    private final FirstDeliveries deliveries;
    private final ChatLanes lanes;
    /** Null when Discord has no staff forum. */
    private final StaffPostActions staff;

    DiscordEvents(DirectMessages clients, DiscordCommands commands, FirstDeliveries deliveries, ChatLanes lanes,
                  StaffPostActions staff) {
        this.staff = staff;
        this.clients = clients;
        this.commands = commands;
        this.deliveries = deliveries;
        this.lanes = lanes;
    }

    @Override
    public void onReady(ReadyEvent event) {
        log.info("Discord bot {} is connected", event.getJDA().getSelfUser().getName());
        commands.register(event.getJDA());
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.getAuthor().isSystem()) {
            return;
        }
        if (staff != null && event.isFromThread() && !event.isFromType(ChannelType.PRIVATE)) {
            if (first(event.getMessageId())) {
                lanes.submit(event.getChannel().getId(), () -> staff.received(event.getMessage()));
            }
            return;
        }
        if (!event.isFromType(ChannelType.PRIVATE) || !first(event.getMessageId())) {
            return;
        }
        lanes.submit(event.getAuthor().getId(), () -> clients.received(event.getMessage()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.isFromGuild()) {
            if (staff != null && first(event.getId())) {
                staff.pressed(event);
            }
            return;
        }
        if (!first(event.getId())) {
            return;
        }
        CompletableFuture<?> ack = event.deferEdit().submit();
        String chatId = event.getUser().getId();
        lanes.submit(chatId, () -> {
            awaitAcknowledged(ack, event.getId());
            clients.interacted(chatId, event.getId(), Input.action(event.getComponentId()), event.getUserLocale());
        });
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (staff != null && staff.answers(event) && first(event.getId())) {
            staff.reasonGiven(event);
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals(DiscordCommands.SUPPORT)) {
            support(event);
        } else {
            DiscordCommands.intakeCommand(event.getName()).filter(command -> !event.isFromGuild())
                    .ifPresent(command -> typed(event, command));
        }
    }

    private void support(SlashCommandInteractionEvent event) {
        afterEphemeralAck(event, chatId -> {
            String answer = clients.support(chatId, event.getId(), event.getUserLocale());
            if (event.isFromGuild()) {
                event.getHook().editOriginal(answer).queue(null, failure ->
                        log.warn("Could not answer /support of Discord user {}", chatId, failure));
            } else {
                clearPlaceholder(event, chatId);
            }
        });
    }

    /** One of the intake's commands in the DMs: worked on as if typed; the conversation itself is the answer. */
    private void typed(SlashCommandInteractionEvent event, String command) {
        afterEphemeralAck(event, chatId -> {
            clients.interacted(chatId, event.getId(), Input.text(command), event.getUserLocale());
            clearPlaceholder(event, chatId);
        });
    }

    /** A command's first delivery: acknowledged with a placeholder only its user sees, then worked on in their lane. */
    private void afterEphemeralAck(SlashCommandInteractionEvent event, Consumer<String> work) {
        if (!first(event.getId())) {
            return;
        }
        CompletableFuture<?> ack = event.deferReply(true).submit();
        String chatId = event.getUser().getId();
        lanes.submit(chatId, () -> {
            awaitAcknowledged(ack, event.getId());
            work.accept(chatId);
        });
    }

    private static void clearPlaceholder(SlashCommandInteractionEvent event, String chatId) {
        event.getHook().deleteOriginal().queue(null, failure ->
                log.debug("Could not clear /{}'s placeholder for Discord user {}", event.getName(), chatId, failure));
    }

    private boolean first(String eventId) {
        if (deliveries.first(eventId)) {
            return true;
        }
        log.info("Discord event {} delivered again; already handled", eventId);
        return false;
    }

    /** Waits for the acknowledgement, so the client's button stops spinning before any reply; work goes on regardless. */
    static void awaitAcknowledged(CompletableFuture<?> ack, String interactionId) {
        try {
            ack.get(ACK_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Discord interaction {} could not be acknowledged in time; handling it anyway", interactionId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
