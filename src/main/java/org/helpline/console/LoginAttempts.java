package org.helpline.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every console login and refused login is logged (who, from where, why), and wrong passwords count to a lock. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String login = event.getAuthentication().getName();
        accounts.loggedIn(login);
        log.info("Console login: '{}' from {}", printable(login), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String login = event.getAuthentication().getName();
        String from = address(event.getAuthentication().getDetails());
        boolean locked = event instanceof AuthenticationFailureBadCredentialsEvent && accounts.failedLogin(login);
        log.warn("Console login refused: '{}' from {} ({}){}", printable(login), from, event.getException().getClass().getSimpleName(),
                locked ? "; the account is locked for " + Accounts.LOCK_FOR.toMinutes() + " minutes" : "");
    }

    /** What someone typed as a login, unable to forge lines in the log. */
    private static String printable(String login) {
        return login.replaceAll("\\p{Cntrl}", "?");
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "an unknown address";
    }
}
