package org.helpline.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A module that owns a client's conversation for a while and answers what the client sends: the intake until
 * it opens a ticket, then the handoff to the engineers. Its state is stored with the conversation as a
 * sub-document the conversation never looks into.
 *
 * @param <S> the state this handler keeps with each conversation (a record the store can map)
 */
public interface ConversationHandler<S> {

    /** The name stored as the conversation's owner: stored conversations carry it, so it never changes. */
    String name();

    /** The type of this handler's state. */
    Class<S> stateType();

    /** Whether this handler answers {@code input} even while another one owns the conversation ({@code /start}…). */
    default boolean answersAlways(Input input) {
        return false;
    }

    /**
     * Whether answering an input of a conversation someone else owns makes this handler its owner (the intake's
     * {@code /start} does); one that only answers aside ({@code /forget_me}) leaves the owner as it was.
     */
    default boolean takesOver() {
        return true;
    }

    /** The answer to one input; {@code state} is this handler's state for the conversation, null if it has none. */
    Outcome<S> handle(S state, Input input, Context context);

    /** Whom the conversation belongs to once this handler's state is {@code state}, when it is not this handler. */
    default Optional<Handover> handover(S state) {
        return Optional.empty();
    }

    /** The state of a conversation handed over to this handler about {@code subject} (a ticket number…). */
    default S adopt(String subject) {
        throw new UnsupportedOperationException(name() + " takes over no conversation");
    }

    /** Whether the bot's last message in this state is a question the client is expected to answer. */
    default boolean awaitsAnswer(S state) {
        return false;
    }

    /** Where the message comes from: the channel and conversation, and the conversation's language. */
    record Context(String channel, String conversationId, String lang) {
    }

    /** A handler's answer: its next state, the replies, and why a file was refused (or null). */
    record Outcome<S>(S state, List<Reply> replies, Rejection rejection) {

        public Outcome {
            replies = List.copyOf(replies);
        }
    }

    /** The conversation passes to the handler named {@code to}, about {@code subject}. */
    record Handover(String to, String subject) {
    }
}
