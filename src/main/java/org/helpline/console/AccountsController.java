package org.helpline.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.api.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admins' account management ({@link ConsoleSecurity} lets only admins in): list, create, disable, enable,
 * reset a password, lift a lock, link the owner's Telegram and Discord user ids ({@link AccountIdentities}). Every change is written to the {@link AuditLog}; a refusal is said in the admin's
 * language from the dialog texts.
 */
@RestController
@RequestMapping("/console/api/accounts")
class AccountsController {

    /** An account as the admins' page lists it; {@code lockedUntil} only while a lock lasts. */
    record AccountLine(String login, String name, String role, boolean disabled, Instant lockedUntil, String telegramId,
                       String discordId) {
    }

    record NewAccount(String login, String name, String role, String password) {
    }

    record NewPassword(String password) {
    }

    /** The owner's user ids in the messengers; a blank one unlinks. */
    record Identities(String telegramId, String discordId) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final ConsoleTexts texts;
    private final Clock clock;
    private final ApiErrors errors;

    AccountsController(Accounts accounts, AuditLog audit, ConsoleTexts texts, Clock clock, ApiErrors errors) {
        this.accounts = accounts;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
        this.errors = errors;
    }

    @GetMapping
    List<AccountLine> all() {
        Instant now = clock.instant();
        return accounts.all().stream().map(account -> line(account, now)).toList();
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody NewAccount asked, Principal admin, HttpServletRequest request) {
        Optional<Role> role = Optional.ofNullable(asked.role()).flatMap(Role::parse);
        if (role.isEmpty()) {
            return refused("no_such_role", Map.of(), request);
        }
        try {
            Account created = accounts.create(String.valueOf(asked.login()), asked.name(), role.get(), password(asked.password()));
            audit.accountChanged(admin.getName(), "account_created", created.login());
            return ResponseEntity.ok(line(created, clock.instant()));
        } catch (Accounts.AccountRefusedException e) {
            return refused(e, asked.login(), request);
        }
    }

    @PostMapping("/{login}/disable")
    ResponseEntity<?> disable(@PathVariable String login, Principal admin, HttpServletRequest request) {
        if (accounts.find(login).map(Account::login).filter(admin.getName()::equals).isPresent()) {
            return refused("self_disable", Map.of(), request);
        }
        return changed(accounts.setDisabled(login, true), login, "account_disabled", admin, request);
    }

    @PostMapping("/{login}/enable")
    ResponseEntity<?> enable(@PathVariable String login, Principal admin, HttpServletRequest request) {
        return changed(accounts.setDisabled(login, false), login, "account_enabled", admin, request);
    }

    @PostMapping("/{login}/unlock")
    ResponseEntity<?> unlock(@PathVariable String login, Principal admin, HttpServletRequest request) {
        return changed(accounts.unlock(login), login, "account_unlocked", admin, request);
    }

    @PostMapping("/{login}/password")
    ResponseEntity<?> resetPassword(@PathVariable String login, @RequestBody NewPassword asked, Principal admin,
                                    HttpServletRequest request) {
        try {
            return changed(accounts.resetPassword(login, password(asked.password())), login, "password_reset", admin, request);
        } catch (Accounts.AccountRefusedException e) {
            return refused(e, login, request);
        }
    }

    @PostMapping("/{login}/identities")
    ResponseEntity<?> link(@PathVariable String login, @RequestBody Identities asked, Principal admin, HttpServletRequest request) {
        try {
            return changed(accounts.link(login, asked.telegramId(), asked.discordId()), login, "identities_linked", admin, request);
        } catch (Accounts.AccountRefusedException e) {
            return refused(e, login, request);
        }
    }

    private ResponseEntity<?> changed(boolean found, String login, String action, Principal admin, HttpServletRequest request) {
        if (!found) {
            return refused("no_such_account", Map.of(), request);
        }
        Account account = accounts.find(login).orElseThrow();
        audit.accountChanged(admin.getName(), action, account.login());
        return ResponseEntity.ok(line(account, clock.instant()));
    }

    private ResponseEntity<ProblemDetail> refused(Accounts.AccountRefusedException e, String login, HttpServletRequest request) {
        String reason = e.reason().name().toLowerCase(Locale.ROOT);
        return refused(reason, Map.of("min", Accounts.MIN_PASSWORD_LENGTH, "login", String.valueOf(login).strip()), request);
    }

    private ResponseEntity<ProblemDetail> refused(String reason, Map<String, ?> args, HttpServletRequest request) {
        String lang = texts.language(request);
        return errors.answer(errors.problem(HttpStatus.BAD_REQUEST, "account_refused",
                texts.get(lang, "accounts.refused." + reason, args)));
    }

    private static char[] password(String typed) {
        return typed == null ? new char[0] : typed.toCharArray();
    }

    private static AccountLine line(Account account, Instant now) {
        return new AccountLine(account.login(), account.name(), account.role().lowerCase(), account.disabled(),
                account.lockedAt(now) ? account.lockedUntil() : null, account.telegramId(), account.discordId());
    }
}
