package org.helpline.channels.discord;

import java.util.List;

import org.helpline.conversation.ChannelGateway;
import org.helpline.conversation.ChatMessage;

/** Reaches a Discord client unprompted, in their DMs: engineers' replies and questions about their ticket. */
class DiscordGateway implements ChannelGateway {

    static final String CHANNEL = "discord";

    private final DiscordReplies replies;

    DiscordGateway(DiscordReplies replies) {
        this.replies = replies;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(String chatId, List<ChatMessage> messages) {
        replies.send(chatId, messages);
    }
}
