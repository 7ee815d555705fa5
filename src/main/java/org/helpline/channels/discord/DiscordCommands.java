package org.helpline.channels.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.helpline.dialogs.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's slash commands, registered in one bulk overwrite at each connection (so a removed command disappears
 * too): {@code /support}, in servers and in DMs, described in English with a Russian translation from the dialogs.
 */
class DiscordCommands {

    static final String SUPPORT = "support";
    private static final String DESCRIPTION = "discord.support_command";

    private static final Logger log = LoggerFactory.getLogger(DiscordCommands.class);

    private final Dialogs dialogs;

    DiscordCommands(Dialogs dialogs) {
        this.dialogs = dialogs;
        dialogs.require(java.util.List.of(DESCRIPTION));
    }

    void register(JDA jda) {
        jda.updateCommands().addCommands(Commands.slash(SUPPORT, dialogs.texts("en").get(DESCRIPTION))
                        .setDescriptionLocalization(DiscordLocale.RUSSIAN, dialogs.texts("ru").get(DESCRIPTION))
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL))
                .queue(registered -> log.info("Discord commands registered: {}", registered.size()),
                        failure -> log.error("Discord refused the bot's commands; /support is unavailable", failure));
    }
}
