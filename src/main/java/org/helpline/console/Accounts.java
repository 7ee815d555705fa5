package org.helpline.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
            throw new AccountRefusedException("The login must be 2-40 latin letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException("The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String shownName = name == null || name.isBlank() ? login.strip() : name.strip();
        Account account = new Account(id, shownName, role, passwords.encode(new String(password)), false, clock.instant(),
                0, null);
        try {
            return mongo.insert(account);
        } catch (DuplicateKeyException taken) {
            throw new AccountRefusedException("An account '" + id + "' already exists");
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

    /** An account that cannot be created as asked, with the reason for the operator. */
    static class AccountRefusedException extends RuntimeException {
        AccountRefusedException(String reason) {
            super(reason);
        }
    }
}
