package org.helpline.console;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A console account: {@code login} (lower case) is its identity, {@code name} is how the engineer is named to
 * clients («Анна Петрова»), {@code passwordHash} is bcrypt. A disabled account cannot log in, nor can a locked
 * one until {@code lockedUntil}; {@code failedLogins} counts wrong passwords since the last login or lock.
 * {@code telegramId} and {@code discordId} are its owner's user ids in the messengers, when an admin linked them
 * (absent in accounts stored before linking existed, which load with none).
 */
@Document("accounts")
record Account(@Id String login, String name, Role role, String passwordHash, boolean disabled, Instant createdAt,
               int failedLogins, Instant lockedUntil, String telegramId, String discordId) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
