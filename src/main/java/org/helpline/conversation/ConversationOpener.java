package org.helpline.conversation;

import java.util.List;

/** The handler a new conversation starts with (the intake): it greets the client and speaks when all else fails. */
public interface ConversationOpener<S> extends ConversationHandler<S> {

    /** A new conversation in {@code lang} (or the default language): its language, first state and greeting. */
    Opening<S> open(String lang);

    /** What the bot says when a message could not be handled for a reason that is not the client's. */
    String unavailable(String lang);

    /** How a conversation begins. */
    record Opening<S>(String lang, S state, List<Reply> replies) {
    }
}
