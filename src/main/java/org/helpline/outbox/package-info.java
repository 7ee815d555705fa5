/**
 * The stored outbox every messenger channel sends through: {@link org.helpline.outbox.Outbox} stores what is to be
 * sent before it is sent, and one dispatcher sends it in order per chat, with each channel's pacing, through the
 * {@link org.helpline.outbox.OutboxChannel} that channel implements. The outbox knows messages and pacing, never
 * what a message means: a channel that must learn when its message went out passes an opaque correlation key and
 * listens for {@link org.helpline.outbox.MessageSent}.
 */
package org.helpline.outbox;
