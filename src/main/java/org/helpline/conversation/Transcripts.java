package org.helpline.conversation;

import java.util.ArrayList;
import java.util.List;

import org.helpline.store.StoreIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A conversation's transcript: its latest messages in the conversation's document, older ones in {@code messages}.
 * Reading the latest part costs no round trip beyond reading the conversation.
 */
@Component
class Transcripts {

    private final MongoTemplate mongo;

    Transcripts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Bean
    static StoreIndex messageOrder() {
        return StoreIndex.unique(TranscriptEntry.class, "conversationId", "seq");
    }

    /** The messages numbered above {@code after} and up to {@code upTo}, in order. */
    List<ChatMessage> between(Conversation conversation, long after, long upTo) {
        List<Conversation.Said> latest = conversation.latest();
        long firstLatest = latest.isEmpty() ? conversation.lastSeq() + 1 : latest.getFirst().seq();
        List<ChatMessage> messages = new ArrayList<>();
        if (after + 1 < firstLatest) {
            Query older = Query.query(Criteria.where("conversationId").is(conversation.id())
                    .and("seq").gt(after).lte(Math.min(upTo, firstLatest - 1))).with(Sort.by("seq"));
            mongo.find(older, TranscriptEntry.class).forEach(entry -> messages.add(entry.message()));
        }
        latest.stream().filter(said -> said.seq() > after && said.seq() <= upTo)
                .forEach(said -> messages.add(said.message()));
        return messages;
    }

    /**
     * Stores messages leaving the conversation's document, before the update that drops them from it: after a
     * crash between the two they are in both places, and writing them again is harmless.
     */
    void keep(String conversationId, List<Conversation.Said> leaving) {
        if (leaving.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, TranscriptEntry.class);
        for (Conversation.Said said : leaving) {
            TranscriptEntry entry = TranscriptEntry.of(conversationId, said);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(entry.id())), entry,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
