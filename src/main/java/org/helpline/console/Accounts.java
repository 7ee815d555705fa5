package org.helpline.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.helpline.handoff.StaffIdentities;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The console's accounts, in the {@code accounts} collection. There is none until an admin is created from the
 * command line ({@link AdminCommand}); logins are looked up here by Spring Security, and
 * {@value #LOCK_AFTER} wrong passwords in a row lock an account for 15 minutes.
 */
@Service
class Accounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int LOCK_AFTER = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    /** Telegram user ids are positive integers; Discord's are snowflakes of 17 to 20 digits. */
    private static final Pattern TELEGRAM_ID = Pattern.compile("[1-9][0-9]{0,15}");
    private static final Pattern DISCORD_ID = Pattern.compile("[1-9][0-9]{16,19}");

    private final MongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(MongoTemplate mongo, PasswordEncoder passwords, Clock clock) {
        this.mongo = mongo;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates the account, or says in plain words why not: a login of 2–40 letters, digits, dots, dashes or
     * underscores, a password of at least {@value #MIN_PASSWORD_LENGTH} characters, a login not yet taken.
     */
    Account create(String login, String name, Role role, char[] password) {
        String id = normalized(login);
        if (!LOGIN.matcher(id).matches()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.LOGIN_FORMAT,
                    "The login must be 2-40 latin letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        requireLongEnough(password);
        String shownName = name == null || name.isBlank() ? login.strip() : name.strip();
        Account account = new Account(id, shownName, role, passwords.encode(new String(password)), false, clock.instant(),
                0, null, null, null);
        try {
            return mongo.insert(account);
        } catch (DuplicateKeyException taken) {
            throw new AccountRefusedException(AccountRefusedException.Reason.LOGIN_TAKEN, "An account '" + id + "' already exists");
        }
    }

    /** Every account, by login, for the admins' page. */
    List<Account> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Account.class);
    }

    /** Disables or enables the account; whether there is one. A disabled account cannot log in. */
    boolean setDisabled(String login, boolean disabled) {
        return change(login, new Update().set("disabled", disabled));
    }

    /** A new password chosen by an admin, by the same rule as at creation; it also lifts a lock. */
    boolean resetPassword(String login, char[] password) {
        requireLongEnough(password);
        return change(login, new Update().set("passwordHash", passwords.encode(new String(password)))
                .set("failedLogins", 0).unset("lockedUntil"));
    }

    /** Lifts a lock after wrong passwords before its fifteen minutes are over. */
    boolean unlock(String login) {
        return change(login, new Update().set("failedLogins", 0).unset("lockedUntil"));
    }

    /**
     * Links the account to its owner's user ids in the messengers (a blank id unlinks); an id already linked to
     * another account, or not a user id at all, is refused. Whether there is such an account.
     */
    boolean link(String login, String telegramId, String discordId) {
        String telegram = identity(telegramId, TELEGRAM_ID);
        String discord = identity(discordId, DISCORD_ID);
        requireFree("telegramId", telegram, login);
        requireFree("discordId", discord, login);
        return change(login, new Update().set("telegramId", telegram).set("discordId", discord));
    }

    /** The enabled account linked to this messenger user id. */
    Optional<Account> linkedTo(StaffIdentities.Messenger messenger, String userId) {
        String field = messenger == StaffIdentities.Messenger.TELEGRAM ? "telegramId" : "discordId";
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(field).is(userId).and("disabled").is(false)),
                Account.class));
    }

    private static String identity(String typed, Pattern shape) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String id = typed.strip();
        if (!shape.matcher(id).matches()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.IDENTITY_FORMAT, "'" + id + "' is not a user id");
        }
        return id;
    }

    private void requireFree(String field, String id, String login) {
        if (id != null && mongo.exists(Query.query(Criteria.where(field).is(id).and("_id").ne(normalized(login))), Account.class)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.IDENTITY_TAKEN, id + " is linked to another account");
        }
    }

    private boolean change(String login, Update update) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(normalized(login))), update, Account.class)
                .getMatchedCount() > 0;
    }

    private static void requireLongEnough(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException(AccountRefusedException.Reason.PASSWORD_SHORT,
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    Optional<Account> find(String login) {
        return Optional.ofNullable(mongo.findById(normalized(login), Account.class));
    }

    /** The account's name as clients are told it; the login itself for one no longer there. */
    String nameOf(String login) {
        return find(login).map(Account::name).orElse(login);
    }

    /** The accounts that may hold tickets and are not disabled, by name. */
    List<Account> workingTickets() {
        return mongo.find(Query.query(Criteria.where("disabled").is(false)
                        .and("role").in(Role.ENGINEER, Role.LEAD, Role.ADMIN)).with(Sort.by("name")), Account.class);
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        Account account = find(login).orElseThrow(() -> new UsernameNotFoundException("No account " + login));
        return User.withUsername(account.login()).password(account.passwordHash()).roles(account.role().name())
                .disabled(account.disabled()).accountLocked(account.lockedAt(clock.instant())).build();
    }

    /**
     * A wrong password for {@code login}: the {@value #LOCK_AFTER}th in a row locks the account for
     * {@link #LOCK_FOR}. Counted atomically, so failures on several instances add up. Whether it locked it.
     */
    boolean failedLogin(String login) {
        Query account = Query.query(Criteria.where("_id").is(normalized(login)));
        Account counted = mongo.findAndModify(account, new Update().inc("failedLogins", 1),
                FindAndModifyOptions.options().returnNew(true), Account.class);
        if (counted == null || counted.failedLogins() < LOCK_AFTER) {
            return false;
        }
        mongo.updateFirst(account, new Update().set("failedLogins", 0).set("lockedUntil", clock.instant().plus(LOCK_FOR)),
                Account.class);
        return true;
    }

    /** A login that worked: the count of wrong passwords starts again. */
    void loggedIn(String login) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(normalized(login))), new Update().set("failedLogins", 0),
                Account.class);
    }

    private static String normalized(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * An account that cannot be created or changed as asked: the reason for a page to say in its reader's
     * language, and in English for the command line.
     */
    static class AccountRefusedException extends RuntimeException {

        enum Reason { LOGIN_FORMAT, PASSWORD_SHORT, LOGIN_TAKEN, IDENTITY_FORMAT, IDENTITY_TAKEN }

        private final Reason reason;

        AccountRefusedException(Reason reason, String english) {
            super(english);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
