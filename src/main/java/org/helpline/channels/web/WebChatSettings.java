package org.helpline.channels.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits that keep the public chat from being flooded: per session, and new sessions per client address. */
@ConfigurationProperties("helpline.web-chat")
record WebChatSettings(int messagesPerMinute, int sessionsPerMinute, int maxMessageChars) {

    WebChatSettings {
        messagesPerMinute = messagesPerMinute <= 0 ? 60 : messagesPerMinute;
        sessionsPerMinute = sessionsPerMinute <= 0 ? 30 : sessionsPerMinute;
        maxMessageChars = maxMessageChars <= 0 ? 20_000 : maxMessageChars;
    }
}
