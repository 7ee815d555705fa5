package org.helpline.channels.discord.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.helpline.dialogs.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's slash commands, registered in one bulk overwrite at each connection (so a removed command disappears
 * too), described in English with a Russian translation from the dialogs: {@code /support}, in servers and in DMs,
 * and in DMs the intake's own commands ({@code /new}, {@code /tickets}, {@code /cancel}, {@code /help}), which the
 * intake reads as the typed command.
 */
class DiscordCommands {

    static final String SUPPORT = "support";
    private static final List<String> INTAKE = List.of("new", "tickets", "cancel", "help");

    private static final Logger log = LoggerFactory.getLogger(DiscordCommands.class);

    private final Dialogs dialogs;

    DiscordCommands(Dialogs dialogs) {
        this.dialogs = dialogs;
        List<String> keys = new ArrayList<>(List.of(description(SUPPORT)));
        INTAKE.forEach(name -> keys.add(description(name)));
        dialogs.require(keys);
    }

    void register(JDA jda) {
        List<SlashCommandData> commands = new ArrayList<>();
        commands.add(command(SUPPORT).setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        INTAKE.forEach(name -> commands.add(command(name).setContexts(InteractionContextType.BOT_DM)));
        jda.updateCommands().addCommands(commands)
                .queue(registered -> log.info("Discord commands registered: {}", registered.size()),
                        failure -> log.error("Discord refused the bot's commands; /support is unavailable", failure));
    }

    /** The intake command a DM slash command stands for, as the client would type it. */
    static Optional<String> intakeCommand(String name) {
        return INTAKE.contains(name) ? Optional.of("/" + name) : Optional.empty();
    }

    private SlashCommandData command(String name) {
        return Commands.slash(name, dialogs.texts("en").get(description(name)))
                .setDescriptionLocalization(DiscordLocale.RUSSIAN, dialogs.texts("ru").get(description(name)))
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    private static String description(String name) {
        return "discord." + name + "_command";
    }
}
