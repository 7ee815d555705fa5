package org.helpline.channels.telegram.staff;

import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.helpline.channels.telegram.botapi.TelegramApi;
import org.helpline.handoff.StaffIdentities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Who counts as staff: the members of the staff chat, as Telegram says ({@code getChatMember}), remembered for a
 * minute so a busy topic does not ask for every message. No list of engineers is kept anywhere.
 */
class StaffMembers {

    private static final Logger log = LoggerFactory.getLogger(StaffMembers.class);
    private static final Set<String> STAFF = Set.of("creator", "administrator", "member");

    private final TelegramApi api;
    private final StaffIdentities identities;
    private final long chatId;
    private final Cache<Long, Boolean> known = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    StaffMembers(TelegramApi api, StaffIdentities identities, long chatId) {
        this.api = api;
        this.identities = identities;
        this.chatId = chatId;
    }

    /** Whether the user is in the staff chat now; when Telegram cannot say, not (and not remembered). */
    boolean isStaff(User user) {
        if (user == null || Boolean.TRUE.equals(user.getIsBot())) {
            return false;
        }
        Boolean cached = known.getIfPresent(user.getId());
        if (cached != null) {
            return cached;
        }
        try {
            boolean staff = STAFF.contains(api.memberStatus(chatId, user.getId()));
            known.put(user.getId(), staff);
            return staff;
        } catch (TelegramApiException e) {
            log.warn("Could not check whether Telegram user {} is in the staff chat", user.getId(), e);
            return false;
        }
    }

    /**
     * How the engineer is named to clients and in tickets: the linked console account's name, else their Telegram
     * name.
     */
    String nameOf(User user) {
        return identities.nameOf(StaffIdentities.Messenger.TELEGRAM, String.valueOf(user.getId()))
                .orElseGet(() -> displayName(user));
    }

    /** A Telegram user's own name: first and last name, else @username. */
    static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                + (user.getLastName() == null ? "" : " " + user.getLastName())).strip();
        if (!name.isEmpty()) {
            return name;
        }
        return user.getUserName() != null ? "@" + user.getUserName() : "id" + user.getId();
    }
}
