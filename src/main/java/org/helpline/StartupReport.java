package org.helpline;

import java.util.ArrayList;
import java.util.List;

import org.helpline.dialogs.SupportSettings;
import org.helpline.intake.ClientRegister;
import org.helpline.intake.IntakeSettings;
import org.helpline.site.PublicUrl;
import org.helpline.staff.StaffSettings;
import org.helpline.store.StoreSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One block in the log once the app is ready: where to open it, where its data is, what is on, and what still
 * holds a default that clients would see. Channels are told by their settings alone, as nothing outside a
 * channel may reach into it.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final PublicUrl url;
    private final StoreSettings store;
    private final StaffSettings staff;
    private final IntakeSettings intake;
    private final ClientRegister register;
    private final SupportSettings support;
    private final Environment environment;

    StartupReport(PublicUrl url, StoreSettings store, StaffSettings staff, IntakeSettings intake,
                  ClientRegister register, SupportSettings support, Environment environment) {
        this.url = url;
        this.store = store;
        this.staff = staff;
        this.intake = intake;
        this.register = register;
        this.support = support;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info(text());
    }

    String text() {
        List<String> lines = new ArrayList<>();
        lines.add("Helpline is ready");
        lines.add("  open the web chat:  " + url.base() + "/");
        lines.add("  data:               " + (store.embedded()
                ? store.dataDir().toAbsolutePath().normalize() + " (embedded store)"
                : "MongoDB at " + store.mongodbUri().replaceFirst("//[^@/]*@", "//…@")));
        lines.add("  channels:           web chat on; " + channel("Telegram", "helpline.telegram.token", "HELPLINE_TELEGRAM_TOKEN")
                + "; " + channel("Discord", "helpline.discord.token", "HELPLINE_DISCORD_TOKEN")
                + "; " + channel("e-mail notices", "helpline.mail.host", "HELPLINE_MAIL_HOST"));
        lines.add("  staff places:       " + staffPlace("Telegram staff chat", "helpline.telegram.token",
                "helpline.telegram.staff-chat-id", "HELPLINE_TELEGRAM_STAFF_CHAT_ID") + "; " + staffPlace("Discord staff forum",
                "helpline.discord.token", "helpline.discord.staff-channel-id", "HELPLINE_DISCORD_STAFF_CHANNEL_ID"));
        lines.add("  staff API:          " + (staff.enabled()
                ? "token set (Authorization: Bearer …) — " + url.base() + "/api/tickets"
                : "off: set HELPLINE_API_TOKEN to open " + url.base() + "/api/tickets"));
        lines.add("  client register:    " + (register.configured()
                ? register.size() + " contracts from " + intake.clientRegister().toAbsolutePath().normalize()
                : "none: any well-formed contract number is accepted (HELPLINE_CLIENT_REGISTER)"));
        List<String> warnings = warnings();
        if (!warnings.isEmpty()) {
            lines.add("  clients would still see defaults:");
            warnings.forEach(warning -> lines.add("    ! " + warning));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (support.defaultPhone()) {
            warnings.add("the support phone is the placeholder " + SupportSettings.DEFAULT_PHONE
                    + ": set HELPLINE_SUPPORT_PHONE (and HELPLINE_SUPPORT_HOURS_RU / _EN)");
        }
        if (url.local()) {
            warnings.add("links in messages point to " + url.base()
                    + ", which only this machine can open: set HELPLINE_PUBLIC_URL");
        }
        return warnings;
    }

    private String staffPlace(String name, String tokenProperty, String placeProperty, String variable) {
        if (environment.getProperty(placeProperty, "").isBlank()) {
            return name + " off (set " + variable + ")";
        }
        return name + (environment.getProperty(tokenProperty, "").isBlank() ? " off (its bot has no token)" : " on");
    }

    private String channel(String name, String tokenProperty, String variable) {
        return name + (environment.getProperty(tokenProperty, "").isBlank() ? " off (set " + variable + ")" : " on");
    }
}
