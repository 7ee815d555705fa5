package org.helpline.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Who looked at which ticket's personal data, and when, in the {@code audit} collection, for admins to read.
 * The ticket page refreshes itself every few seconds: one look is recorded once per {@link #SAME_VIEW}.
 */
@Service
class AuditLog {

    /**
     * One recorded look: {@code action} is {@code ticket_viewed} or {@code file_viewed} (with the file's id); or an
     * admin's change to an account ({@code account_created}, {@code account_disabled}, …), the account's login as
     * {@code detail} and no ticket.
     */
    @Document("audit")
    record Entry(@Id String id, Instant at, String login, String action, String ticket, String detail) {
    }

    static final Duration SAME_VIEW = Duration.ofMinutes(10);
    private static final int SHOWN = 500;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Cache<String, Boolean> recent = Caffeine.newBuilder().expireAfterWrite(SAME_VIEW).maximumSize(10_000).build();

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void viewed(String login, String ticket) {
        record(login, "ticket_viewed", ticket, null);
    }

    void viewedFile(String login, String ticket, String fileId) {
        record(login, "file_viewed", ticket, fileId);
    }

    /** An admin's change to an account: every one is recorded, none is taken for a repeat. */
    void accountChanged(String admin, String action, String account) {
        mongo.insert(new Entry(null, clock.instant(), admin, action, null, account));
    }

    /** The latest entries, newest first. */
    List<Entry> latest() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(SHOWN), Entry.class);
    }

    private void record(String login, String action, String ticket, String detail) {
        String key = String.join("\n", login, action, ticket, String.valueOf(detail));
        if (recent.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            mongo.insert(new Entry(null, clock.instant(), login, action, ticket, detail));
        }
    }
}
