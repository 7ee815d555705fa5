package org.helpline.console.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Every editor's save, in the {@code edits} collection: who, when, what, the text before and after. */
@Service
class EditHistory {

    /**
     * One save. {@code kind} is {@code article} (target {@code <id>}) or {@code text} (target the dialog key);
     * {@code before} is null for a new article, {@code after} null for a retired one; {@code undoes} names the
     * edit this one took back, {@code undoneBy} the edit that took this one back.
     */
    @Document("edits")
    record Edit(@Id String id, Instant at, String login, String kind, String lang, String target, String action,
                String before, String after, String undoes, String undoneBy) {
    }

    private static final int SHOWN = 200;

    private final MongoTemplate mongo;
    private final Clock clock;

    EditHistory(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Edit record(String login, String kind, String lang, String target, String action, String before, String after,
                String undoes) {
        Edit edit = mongo.insert(new Edit(null, clock.instant(), login, kind, lang, target, action, before, after, undoes, null));
        if (undoes != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(undoes)), Update.update("undoneBy", edit.id()), Edit.class);
        }
        return edit;
    }

    Optional<Edit> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Edit.class));
    }

    /** The latest saves, newest first. */
    List<Edit> latest() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(SHOWN), Edit.class);
    }
}
