package org.helpline.channels;

import java.util.List;

import org.helpline.conversation.ConversationBusyException;
import org.helpline.conversation.Conversations;
import org.helpline.conversation.Inbound;
import org.helpline.conversation.Input;
import org.helpline.dialogs.Dialogs;
import org.helpline.dialogs.Texts;

/**
 * What every messenger does with a client's chat once it has read what they sent: open the conversation with its
 * greeting on first contact, hand input to {@link Conversations#receive} under the messenger's own id for it (so a
 * redelivery has one effect), and answer what the conversation cannot take in the client's language.
 */
public final class ClientChats {

    private static final String BUSY = "errors.busy";
    private static final String UNAVAILABLE = "common.unavailable";

    private final String channel;
    private final Conversations conversations;
    private final Dialogs dialogs;
    private final ChatReplies replies;
    private final String unsupported;

    /** {@code unsupported} is the dialogs key of the channel's answer to a message of a kind the intake cannot read. */
    public ClientChats(String channel, Conversations conversations, Dialogs dialogs, ChatReplies replies,
                       String unsupported) {
        this.channel = channel;
        this.conversations = conversations;
        this.dialogs = dialogs;
        this.replies = replies;
        this.unsupported = unsupported;
        dialogs.require(List.of(unsupported, BUSY, UNAVAILABLE));
    }

    /** Opens the chat's conversation with its greeting if it has none; true if it did (the input is then spent). */
    public boolean opened(String chatId, String language) {
        if (conversations.exists(channel, chatId)) {
            return false;
        }
        replies.send(chatId, conversations.open(channel, chatId, language));
        return true;
    }

    /** The input, answered in the chat; a conversation busy with the client's previous message says so. */
    public void converse(String chatId, String externalId, Input input) {
        try {
            replies.send(chatId, conversations.receive(new Inbound(channel, chatId, externalId, input)).messages());
        } catch (ConversationBusyException busy) {
            replies.say(chatId, texts(chatId).get(BUSY));
        }
    }

    /** A sticker, a voice message…: nothing the intake can read, so the client is told and asked again. */
    public void unsupported(String chatId) {
        replies.say(chatId, texts(chatId).get(unsupported));
        conversations.currentQuestion(channel, chatId).ifPresent(question -> replies.send(chatId, List.of(question)));
    }

    /** Something the client sent could not be fetched from the messenger: a reason that is not theirs. */
    public void unavailable(String chatId) {
        replies.say(chatId, texts(chatId).get(UNAVAILABLE));
    }

    /** A text in the chat's language, or the default one before the chat has a conversation. */
    public Texts texts(String chatId) {
        return dialogs.texts(conversations.language(channel, chatId).orElse(dialogs.defaultLanguage()));
    }

    /** The language to greet a new client in: their messenger's ({@code en}, {@code en-US}…) if offered, else the default. */
    public String language(String messengerLocale) {
        return dialogs.language(messengerLocale);
    }
}
