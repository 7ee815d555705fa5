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
    /** The staff forum: only the engineers' role (and the bot, an administrator) may view it. */
    static final String FORUM_ID = "200000000000000003";
    static final String ENGINEERS_ROLE = "200000000000000004";
    private static final String BOT_ROLE = "200000000000000005";
    /** Every permission, as a string like Discord's. */
    private static final String ALL_PERMISSIONS = "2251799813685247";
    /** Every permission but Administrator (which would open every channel to everyone). */
    private static final String MEMBER_PERMISSIONS = String.valueOf(Long.parseLong(ALL_PERMISSIONS) & ~(1L << 3));
    private static final long VIEW_CHANNEL = 1L << 10;

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

    /** The staff forum: {@code @everyone} may not view it, the engineers' role may. */
    static ObjectNode forum() {
        ObjectNode forum = JSON.createObjectNode().put("id", FORUM_ID).put("type", 15).put("guild_id", GUILD_ID)
                .put("name", "support-staff").put("position", 1).put("nsfw", false).put("flags", 0)
                .put("rate_limit_per_user", 0).put("default_thread_rate_limit_per_user", 0)
                .put("default_sort_order", 0).put("default_forum_layout", 1).putNull("parent_id").putNull("topic")
                .putNull("last_message_id").putNull("default_reaction_emoji");
        forum.putArray("available_tags");
        ArrayNode overwrites = forum.putArray("permission_overwrites");
        overwrites.addObject().put("id", GUILD_ID).put("type", 0).put("allow", "0").put("deny", String.valueOf(VIEW_CHANNEL));
        overwrites.addObject().put("id", ENGINEERS_ROLE).put("type", 0).put("allow", String.valueOf(VIEW_CHANNEL)).put("deny", "0");
        return forum;
    }

    /** A post (public thread) of the staff forum, as the post's creation and THREAD_CREATE bring it. */
    static ObjectNode post(String threadId, String name) {
        ObjectNode thread = JSON.createObjectNode().put("id", threadId).put("type", 11).put("guild_id", GUILD_ID)
                .put("parent_id", FORUM_ID).put("name", name).put("owner_id", BOT_ID).put("member_count", 1)
                .put("message_count", 0).put("total_message_count", 0).put("flags", 0).put("rate_limit_per_user", 0)
                .put("last_message_id", threadId);
        thread.putArray("applied_tags");
        thread.putObject("thread_metadata").put("archived", false).put("locked", false).put("invitable", false)
                .put("auto_archive_duration", 10080).put("archive_timestamp", Instant.now().toString())
                .put("create_timestamp", Instant.now().toString());
        return thread;
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

    /** The test server as GUILD_CREATE brings it: the bot in it (an administrator), a text channel, the staff forum. */
    static ObjectNode guild() {
        ObjectNode guild = JSON.createObjectNode().put("id", GUILD_ID).put("name", "Helpline test server")
                .putNull("icon").put("owner_id", "100000000000000099").put("member_count", 1).put("large", false)
                .put("unavailable", false).put("joined_at", Instant.now().toString()).put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .put("premium_tier", 0).put("nsfw_level", 0).put("preferred_locale", "ru").put("afk_timeout", 300)
                .put("system_channel_flags", 0);
        ArrayNode roles = guild.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", MEMBER_PERMISSIONS, 0));
        roles.add(role(ENGINEERS_ROLE, "engineers", MEMBER_PERMISSIONS, 1));
        roles.add(role(BOT_ROLE, "helpline", ALL_PERMISSIONS, 2));
        guild.putArray("channels").add(generalChannel()).add(forum());
        guild.putArray("members").add(member(BOT_ID, true, BOT_ROLE));
        for (String empty : new String[]{"threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
                "presences", "stage_instances", "features"}) {
            guild.putArray(empty);
        }
        return guild;
    }

    private static ObjectNode role(String id, String name, String permissions, int position) {
        ObjectNode role = JSON.createObjectNode().put("id", id).put("name", name).put("permissions", permissions)
                .put("position", position).put("color", 0).put("hoist", false).put("managed", false)
                .put("mentionable", false).put("flags", 0);
        role.putObject("colors").put("primary_color", 0);
        return role;
    }

    /** A member of the test server with the given roles (none: only {@code @everyone}). */
    static ObjectNode member(String userId, boolean bot, String... roles) {
        ObjectNode member = JSON.createObjectNode().put("joined_at", Instant.now().toString()).put("deaf", false)
                .put("mute", false).put("flags", 0).put("pending", false).putNull("nick").putNull("avatar")
                .putNull("premium_since").put("permissions", ALL_PERMISSIONS);
        member.set("user", user(userId, bot));
        ArrayNode ids = member.putArray("roles");
        for (String role : roles) {
            ids.add(role);
        }
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

    /** A message a member of the server (with {@code roles}) wrote in a staff forum post. */
    ObjectNode postMessage(String threadId, String userId, String content, String... roles) {
        ObjectNode message = message(threadId, user(userId, false), content).put("guild_id", GUILD_ID);
        ObjectNode member = member(userId, false, roles);
        member.remove("user");
        message.set("member", member);
        return message;
    }

    /**
     * An interaction of {@code type} (3 a component, 5 a form submitted) by a member of the server (with
     * {@code roles}) in a staff forum post, under the post's opening message.
     */
    ObjectNode postInteraction(int type, String threadId, String userId, String locale, ObjectNode data, String... roles) {
        String id = nextId();
        ObjectNode interaction = JSON.createObjectNode().put("id", id).put("application_id", BOT_ID).put("type", type)
                .put("token", "token-" + id).put("version", 1).put("locale", locale)
                .put("app_permissions", ALL_PERMISSIONS).put("context", 0)
                .put("guild_id", GUILD_ID).put("channel_id", threadId).put("guild_locale", "ru");
        interaction.set("data", data);
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        interaction.putObject("guild").put("id", GUILD_ID).put("locale", "ru").putArray("features");
        interaction.set("channel", post(threadId, "a post"));
        interaction.set("member", member(userId, false, roles));
        interaction.set("message", message(threadId, bot(), "the ticket card"));
        return interaction;
    }

    /** A press on the button {@code customId} under a staff post's card. */
    ObjectNode postPress(String threadId, String userId, String customId, String... roles) {
        return postInteraction(3, threadId, userId, "ru",
                JSON.createObjectNode().put("custom_id", customId).put("component_type", 2), roles);
    }

    /** The form {@code formId} submitted with {@code value} in its text field {@code fieldId}. */
    ObjectNode formSubmit(String threadId, String userId, String formId, String fieldId, String value, String... roles) {
        ObjectNode data = JSON.createObjectNode().put("custom_id", formId);
        data.putArray("components").addObject().put("type", 18).put("id", 1).putObject("component")
                .put("type", 4).put("id", 2).put("custom_id", fieldId).put("value", value);
        return postInteraction(5, threadId, userId, "ru", data, roles);
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
