/**
 * The Telegram channel, in three parts: {@code botapi} is the plumbing (the Bot API client, polling or the
 * webhook, the update ledger, settings, sending through the shared outbox) and knows neither side;
 * {@code client} takes clients' private chats through the conversation; {@code staff} gives each ticket a topic
 * in the engineers' forum and turns what they do there into {@code handoff} actions. The sides plug into the
 * plumbing as {@link org.helpline.channels.telegram.botapi.TelegramUpdateHandler}s and never use each other.
 */
package org.helpline.channels.telegram;
