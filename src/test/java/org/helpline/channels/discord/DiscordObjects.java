package org.helpline.channels.discord;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Discord's JSON objects as the fake Discord sends them, with the fields JDA 6 reads: users, DM and server channels,
 * messages, the test server, interactions. Ids are snowflakes, unique within one fake.
 */
final class DiscordObjects {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The bot's user id, which is also its application id. */
    static final String BOT_ID = "100000000000000001";
    /** The server the bot is in, and its one text channel. */
    static final String GUILD_ID = "200000000000000001";
    static final String GENERAL_CHANNEL_ID = "200000000000000002";
    /** Every permission, as a string like Discord's. */
    private static final String ALL_PERMISSIONS = "2251799813685247";

    /** Discord's epoch, the start of 2015: a snowflake's top bits are milliseconds since then. */
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private final AtomicLong sequence = new AtomicLong();

    /** A snowflake of now, as Discord makes them: JDA tells an interaction's age (and expiry) from its id. */
    String nextId() {
        return String.valueOf((System.currentTimeMillis() - DISCORD_EPOCH) << 22 | (sequence.incrementAndGet() & 0x3FFFFF));
    }

    /** The DM channel between the bot and a user: derived from the user's id, so it is the same every time. */
    static String dmChannel(String userId) {
        return "9" + userId.substring(1);
    }

    /** The user a DM channel of {@link #dmChannel} belongs to. */
    static String dmUser(String channelId) {
        return "1" + channelId.substring(1);
    }

    static ObjectNode user(String id, boolean bot) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("username", bot ? "helpline" : "client" + id)
                .put("discriminator", "0").put("public_flags", 0).putNull("avatar");
        user.put("global_name", bot ? "Helpline" : "Client " + id.substring(id.length() - 4));
        if (bot) {
            user.put("bot", true);
        }
        return user;
    }

    static ObjectNode bot() {
        return user(BOT_ID, true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    static ObjectNode dm(String userId) {
        ObjectNode channel = JSON.createObjectNode().put("id", dmChannel(userId)).put("type", 1).put("flags", 0)
                .putNull("last_message_id");
        channel.putArray("recipients").add(user(userId, false));
        return channel;
    }

    static ObjectNode generalChannel() {
        ObjectNode channel = JSON.createObjectNode().put("id", GENERAL_CHANNEL_ID).put("type", 0).put("guild_id", GUILD_ID)
                .put("name", "general").put("position", 0).put("nsfw", false).put("flags", 0)
                .put("rate_limit_per_user", 0).putNull("parent_id").putNull("topic").putNull("last_message_id");
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** A message in a channel, as Discord shows it: {@code author} wrote {@code content}. */
    ObjectNode message(String channelId, ObjectNode author, String content) {
        ObjectNode message = JSON.createObjectNode().put("id", nextId()).put("channel_id", channelId)
                .put("content", content).put("timestamp", Instant.now().toString()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("type", 0).put("flags", 0);
        message.set("author", author);
        for (String empty : new String[]{"mentions", "mention_roles", "attachments", "embeds", "components"}) {
            message.putArray(empty);
        }
        return message;
    }

    /** An attachment whose {@code size} says {@code declaredSize}, served from {@code url}. */
    ObjectNode attachment(String filename, String contentType, long declaredSize, String url) {
        return JSON.createObjectNode().put("id", nextId()).put("filename", filename).put("size", declaredSize)
                .put("url", url).put("proxy_url", url).put("content_type", contentType);
    }

    /** The test server as GUILD_CREATE brings it: the bot in it, one text channel. */
    static ObjectNode guild() {
        ObjectNode guild = JSON.createObjectNode().put("id", GUILD_ID).put("name", "Helpline test server")
                .putNull("icon").put("owner_id", "100000000000000099").put("member_count", 1).put("large", false)
                .put("unavailable", false).put("joined_at", Instant.now().toString()).put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .put("premium_tier", 0).put("nsfw_level", 0).put("preferred_locale", "ru").put("afk_timeout", 300)
                .put("system_channel_flags", 0);
        guild.putArray("roles").addObject().put("id", GUILD_ID).put("name", "@everyone")
                .put("permissions", ALL_PERMISSIONS).put("position", 0).put("color", 0).put("hoist", false)
                .put("managed", false).put("mentionable", false).put("flags", 0)
                .putObject("colors").put("primary_color", 0);
        guild.putArray("channels").add(generalChannel());
        guild.putArray("members").add(member(BOT_ID, true));
        for (String empty : new String[]{"threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                "presences", "stage_instances", "features"}) {
            guild.putArray(empty);
        }
        return guild;
    }

    static ObjectNode member(String userId, boolean bot) {
        ObjectNode member = JSON.createObjectNode().put("joined_at", Instant.now().toString()).put("deaf", false)
                .put("mute", false).put("flags", 0).put("pending", false).putNull("nick").putNull("avatar")
                .putNull("premium_since").put("permissions", ALL_PERMISSIONS);
        member.set("user", user(userId, bot));
        member.putArray("roles");
        return member;
    }

    /**
     * An interaction of {@code type} (2 a slash command, 3 a component) by the user, in their DM with the bot or, with
     * {@code inGuild}, in the server's text channel; {@code locale} is their Discord's language.
     */
    ObjectNode interaction(int type, String userId, boolean inGuild, String locale, ObjectNode data) {
        String id = nextId();
        ObjectNode interaction = JSON.createObjectNode().put("id", id).put("application_id", BOT_ID).put("type", type)
                .put("token", "token-" + id).put("version", 1).put("locale", locale)
                .put("app_permissions", ALL_PERMISSIONS).put("context", inGuild ? 0 : 1);
        interaction.set("data", data);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", inGuild ? GUILD_ID : "0");
        if (inGuild) {
            interaction.put("guild_id", GUILD_ID).put("channel_id", GENERAL_CHANNEL_ID).put("guild_locale", "ru");
            interaction.putObject("guild").put("id", GUILD_ID).put("locale", "ru").putArray("features");
            interaction.set("channel", generalChannel());
            interaction.set("member", member(userId, false));
        } else {
            interaction.put("channel_id", dmChannel(userId));
            interaction.set("channel", dm(userId));
            interaction.set("user", user(userId, false));
        }
        return interaction;
    }

    /** A press on the button {@code customId} under a message the bot sent into the user's DMs. */
    ObjectNode press(String userId, String customId, String locale) {
        ObjectNode interaction = interaction(3, userId, false, locale,
                JSON.createObjectNode().put("custom_id", customId).put("component_type", 2));
        interaction.set("message", message(dmChannel(userId), bot(), "an earlier question"));
        return interaction;
    }

    /** The slash command {@code name}, given in the server's text channel or in the DMs. */
    ObjectNode command(String userId, String name, boolean inGuild, String locale) {
        return interaction(2, userId, inGuild, locale,
                JSON.createObjectNode().put("id", "400000000000000001").put("name", name).put("type", 1));
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
