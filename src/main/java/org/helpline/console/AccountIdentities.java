package org.helpline.console;

import java.util.Optional;

import org.helpline.handoff.StaffIdentities;
import org.springframework.stereotype.Component;

/** The staff channels' way to the accounts: a messenger user linked by an admin is named as their account. */
@Component
class AccountIdentities implements StaffIdentities {

    private final Accounts accounts;

    AccountIdentities(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> nameOf(Messenger messenger, String userId) {
        return accounts.linkedTo(messenger, userId).map(Account::name);
    }
}
