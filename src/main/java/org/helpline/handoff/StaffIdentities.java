package org.helpline.handoff;

import java.util.Optional;

/**
 * Who a messenger user is among the console's accounts, so that "the engineer" is one person wherever they act:
 * a staff channel names the engineer of a take, a reply or a resolution by the linked account's name (the one
 * clients are told), and by the messenger's own name only when no account is linked. The console implements it;
 * the channels ask it, knowing nothing of accounts.
 */
public interface StaffIdentities {

    enum Messenger { TELEGRAM, DISCORD }

    /** The name of the enabled account linked to this messenger user id, if there is one. */
    Optional<String> nameOf(Messenger messenger, String userId);
}
