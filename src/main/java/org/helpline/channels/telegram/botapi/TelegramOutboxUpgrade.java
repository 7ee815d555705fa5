package org.helpline.channels.telegram.botapi;

import java.util.List;

import org.bson.Document;
import org.helpline.conversation.Button;
import org.helpline.outbox.Outbox;
import org.helpline.outbox.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Moves the messages an older version left unsent in its own {@code telegram_outbox} into the shared {@link Outbox},
 * in their order and ahead of anything new, before the outbox starts sending. A crash mid-move may send one of them
 * twice, never none. Messages Telegram had refused for good stay where they are, for whoever looks into them.
 */
public class TelegramOutboxUpgrade {

    /**
     * The correlation key, before the ticket's number, of the staff side's question asking for an escalation
     * reason; here because older versions stored that question as {@code reasonFor}.
     */
    public static final String REASON_QUESTION = "telegram-escalation-reason:";

    private static final Logger log = LoggerFactory.getLogger(TelegramOutboxUpgrade.class);
    private static final String LEGACY = "telegram_outbox";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    TelegramOutboxUpgrade(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    void moveToOutbox() {
        Query unsent = Query.query(Criteria.where("status").in("PENDING", "SENDING")).with(Sort.by("seq"));
        List<Document> left = mongo.find(unsent, Document.class, LEGACY);
        if (left.isEmpty()) {
            return;
        }
        outbox.enqueue(left.stream().map(TelegramOutboxUpgrade::message).toList());
        mongo.remove(Query.query(Criteria.where("_id").in(left.stream().map(d -> d.get("_id")).toList())), LEGACY);
        log.info("Moved {} unsent Telegram message(s) into the outbox", left.size());
    }

    private static OutgoingMessage message(Document old) {
        Number thread = old.get("threadId", Number.class);
        var to = TelegramReplies.to(old.getString("chatId"), thread == null ? null : thread.intValue());
        String reasonFor = old.getString("reasonFor");
        if (reasonFor != null) {
            return OutgoingMessage.question(to, old.getString("text"), REASON_QUESTION + reasonFor);
        }
        if (old.getString("attachmentId") != null) {
            return OutgoingMessage.file(to, old.getString("attachmentId"), old.getString("filename"), old.getString("text"));
        }
        List<Button> buttons = old.getList("buttons", Document.class, List.of()).stream()
                .map(button -> new Button(button.getString("label"), button.getString("value"))).toList();
        return OutgoingMessage.text(to, old.getString("text"), buttons);
    }
}
