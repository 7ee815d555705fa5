package org.helpline.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address links to this app are built on (articles, the chat page): {@code HELPLINE_PUBLIC_URL} when set,
 * else the address the app actually listens on, the port included (known once the server has started).
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

    private final SiteSettings settings;
    private final String host;
    private volatile String listening;

    public PublicUrl(SiteSettings settings, @Value("${server.address:localhost}") String host,
              @Value("${server.port:8080}") int port) {
        this.settings = settings;
        this.host = host;
        this.listening = address(port);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server, when it has a port of its own, has a namespace: its port is not the chat's.
        if (event.getApplicationContext().getServerNamespace() == null) {
            listening = address(event.getWebServer().getPort());
        }
    }

    /** The base address, without a trailing slash. */
    public String base() {
        return settings.publicUrl() != null ? settings.publicUrl() : listening;
    }

    /** Whether the base address is one only this machine can open (nobody set {@code HELPLINE_PUBLIC_URL}). */
    public boolean local() {
        return base().matches("(?i)https?://(localhost|127\\.[\\d.]+|\\[::1]|0\\.0\\.0\\.0)(:\\d+)?(/.*)?");
    }

    private String address(int port) {
        return "http://" + host + ":" + port;
    }
}
