package org.helpline.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.helpline.attachments.ClientFiles;
import org.helpline.conversation.Conversations;
import org.helpline.knowledge.SuggestionFeedback;
import org.helpline.store.Purges;
import org.helpline.store.RetentionSettings;
import org.helpline.tickets.Tickets;
import org.springframework.stereotype.Component;

/**
 * What the intake keeps of a client beyond their tickets: the draft of the request under way (in the conversation),
 * its files, what the knowledge base was asked for it, and the call-backs asked for. A draft nobody touched for
 * {@code helpline.retention.drafts} (30 days) is purged with its files; so is the conversation, when it never filed
 * a ticket.
 */
@Component
public class Drafts {

    private final Conversations conversations;
    private final IntakeConversation intake;
    private final ClientFiles files;
    private final SuggestionFeedback suggestions;
    private final CallBacks callBacks;
    private final Tickets tickets;
    private final RetentionSettings retention;
    private final Clock clock;

    Drafts(Conversations conversations, IntakeConversation intake, ClientFiles files, SuggestionFeedback suggestions,
           CallBacks callBacks, Tickets tickets, Purges purges, RetentionSettings retention, Clock clock) {
        this.conversations = conversations;
        this.intake = intake;
        this.files = files;
        this.suggestions = suggestions;
        this.callBacks = callBacks;
        this.tickets = tickets;
        this.retention = retention;
        this.clock = clock;
        purges.add("abandoned intake drafts", this::purgeAbandoned);
    }

    /** The key of the conversation's current draft (the owner of its files and suggestions), if it has one. */
    public Optional<String> currentKey(String conversationId) {
        return conversations.state(conversationId, intake).map(IntakeSnapshot::intakeKey);
    }

    /** Removes the call-backs the conversation asked for; returns how many. */
    public long forgetCallBacks(String conversationId) {
        return callBacks.forget(conversationId);
    }

    void purgeAbandoned() {
        for (String id : conversations.idleSince(intake.name(), clock.instant().minus(retention.drafts()))) {
            Optional<IntakeSnapshot> draft = conversations.state(id, intake);
            if (draft.isEmpty() || draft.get().step() == Step.OPENED) {
                continue;
            }
            files.delete(draft.get().files());
            suggestions.forget(List.of(draft.get().intakeKey()));
            if (tickets.ofConversation(id).isEmpty()) {
                conversations.forget(id);
            }
        }
    }
}
