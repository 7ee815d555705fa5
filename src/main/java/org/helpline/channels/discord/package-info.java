/**
 * The Discord channel, in three parts: {@code bot} is the plumbing (JDA logged in to the configured REST base and
 * gateway, settings, each event id once, a lane per chat, sending through the shared outbox) and knows neither
 * side; {@code client} takes clients' direct messages and {@code /support} through the conversation; {@code staff}
 * gives each ticket a post in the engineers' forum and turns what they do there into {@code handoff} actions. The
 * sides plug into the plumbing as JDA event listeners and never use each other.
 */
package org.helpline.channels.discord;
