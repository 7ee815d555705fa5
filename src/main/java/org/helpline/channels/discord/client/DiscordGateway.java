package org.helpline.channels.discord.client;

import java.util.List;

import org.helpline.channels.discord.bot.DiscordReplies;
import org.helpline.conversation.ChannelGateway;
import org.helpline.conversation.ChatMessage;

/** Reaches a Discord client unprompted, in their DMs: engineers' replies and questions about their ticket. */
class DiscordGateway implements ChannelGateway {

    private final DiscordReplies replies;

    DiscordGateway(DiscordReplies replies) {
        this.replies = replies;
    }

    @Override
    public String channel() {
        return DiscordReplies.CHANNEL;
    }

    @Override
    public void deliver(String chatId, List<ChatMessage> messages) {
        replies.send(chatId, messages);
    }
}
