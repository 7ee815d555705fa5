package org.helpline.dialogs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where editors keep what the bot says: {@code <dir>/intake.<lang>.yaml} for each language. The first
 * language is the default for clients who do not choose one. Edits are picked up within {@code pollInterval}.
 */
@ConfigurationProperties("helpline.dialogs")
public record DialogSettings(Path dir, List<String> languages, Duration pollInterval) {

    public DialogSettings {
        dir = dir == null ? Path.of("dialogs") : dir;
        languages = languages == null || languages.isEmpty() ? List.of("ru", "en") : List.copyOf(languages);
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    }

    public String defaultLanguage() {
        return languages.getFirst();
    }
}
