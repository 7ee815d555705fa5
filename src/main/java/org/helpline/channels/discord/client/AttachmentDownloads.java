package org.helpline.channels.discord.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import okhttp3.Request;
import okhttp3.Response;
import org.helpline.channels.discord.bot.DiscordBot;

/** Fetches a message attachment from the URL Discord gives it, through JDA's own HTTP client. */
class AttachmentDownloads {

    private final DiscordBot bot;

    AttachmentDownloads(DiscordBot bot) {
        this.bot = bot;
    }

    /** The file's bytes, or empty when it turns out larger than {@code maxBytes} (nothing more is read then). */
    Optional<byte[]> fetch(String url, long maxBytes) throws IOException {
        var http = bot.jda().orElseThrow(() -> new IOException("not connected to Discord")).getHttpClient();
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Downloading " + url + " failed with HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
            }
        }
    }
}
