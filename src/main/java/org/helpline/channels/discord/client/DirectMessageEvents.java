package org.helpline.channels.discord.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.helpline.channels.discord.bot.ChatLanes;
import org.helpline.channels.discord.bot.FirstDeliveries;
import org.helpline.conversation.Input;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Discord tells the bot about clients — their direct messages, the buttons under the bot's DMs, {@code /support}
 * and the intake's commands — taken off JDA's gateway thread into the client's {@link ChatLanes lane}. An event
 * delivered again is dropped first ({@link FirstDeliveries}); an interaction is acknowledged at once — Discord allows
 * three seconds — and worked on after the acknowledgement went out. Server messages and buttons are the staff side's.
 */
class DirectMessageEvents extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DirectMessageEvents.class);

    private final DirectMessages clients;
    private final DiscordCommands commands;
    private final FirstDeliveries deliveries;
    private final ChatLanes lanes;

    DirectMessageEvents(DirectMessages clients, DiscordCommands commands, FirstDeliveries deliveries, ChatLanes lanes) {
        this.clients = clients;
        this.commands = commands;
        this.deliveries = deliveries;
        this.lanes = lanes;
    }

    @Override
    public void onReady(ReadyEvent event) {
        commands.register(event.getJDA());
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || !deliveries.first(event.getMessageId())) {
            return;
        }
        lanes.submit(event.getAuthor().getId(), () -> clients.received(event.getMessage()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.isFromGuild() || !deliveries.first(event.getId())) {
            return;
        }
        String chatId = event.getUser().getId();
        lanes.afterAck(event.deferEdit().submit(), event.getId(), chatId, () ->
                clients.interacted(chatId, event.getId(), Input.action(event.getComponentId()), event.getUserLocale()));
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
        if (!deliveries.first(event.getId())) {
            return;
        }
        CompletableFuture<?> ack = event.deferReply(true).submit();
        String chatId = event.getUser().getId();
        lanes.afterAck(ack, event.getId(), chatId, () -> work.accept(chatId));
    }

    private static void clearPlaceholder(SlashCommandInteractionEvent event, String chatId) {
        event.getHook().deleteOriginal().queue(null, failure ->
                log.debug("Could not clear /{}'s placeholder for Discord user {}", event.getName(), chatId, failure));
    }
}
