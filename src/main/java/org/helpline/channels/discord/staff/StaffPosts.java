package org.helpline.channels.discord.staff;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.helpline.store.Leases;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which staff forum post belongs to which ticket, in MongoDB ({@code discord_posts}), so every app instance and a
 * restarted one find it. A post made again after it was deleted replaces the old one here.
 */
class StaffPosts {

    /** One ticket's post: the forum and the post's thread id (both snowflakes). */
    @Document("discord_posts")
    record Post(@Id String number, String forumId, String threadId) {
    }

    private static final String CLAIMS = "discord_post_claims";

    private final MongoTemplate mongo;
    private final Leases leases;
    private final String owner = UUID.randomUUID().toString();
    private final String forumId;

    StaffPosts(MongoTemplate mongo, Leases leases, String forumId) {
        this.mongo = mongo;
        this.leases = leases;
        this.forumId = forumId;
        mongo.indexOps(Post.class).createIndex(new Index().on("threadId", Sort.Direction.ASC).unique());
    }

    void save(String number, String threadId) {
        mongo.save(new Post(number, forumId, threadId));
    }

    /** True if this instance may make the ticket's post now: nobody else is at it, or their attempt ran out. */
    boolean claim(String number, Duration lease) {
        return leases.tryTake(CLAIMS, number, owner, lease);
    }

    /** Lets another attempt (a later event, another instance) make the post at once. */
    void release(String number) {
        leases.release(CLAIMS, number, owner);
    }

    /** The ticket's post in the configured forum. */
    Optional<String> threadOf(String number) {
        return Optional.ofNullable(mongo.findById(number, Post.class))
                .filter(post -> post.forumId().equals(forumId)).map(Post::threadId);
    }

    /** The ticket whose post this thread is. */
    Optional<String> numberOf(String threadId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("threadId").is(threadId)
                .and("forumId").is(forumId)), Post.class)).map(Post::number);
    }
}
