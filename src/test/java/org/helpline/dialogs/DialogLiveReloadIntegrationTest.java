package org.helpline.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Editors change what the bot says without a restart; a broken edit is reported and the last good text stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DialogLiveReloadIntegrationTest {

    private static Path dir;

    @DynamicPropertySource
    static void dialogsCopy(DynamicPropertyRegistry registry) throws IOException {
        dir = Files.createTempDirectory("dialogs");
        for (String file : new String[]{"intake.ru.yaml", "intake.en.yaml"}) {
            Files.copy(Path.of("dialogs", file), dir.resolve(file));
        }
        registry.add("helpline.dialogs.dir", dir::toString);
        registry.add("helpline.dialogs.poll-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    Dialogs dialogs;

    @Test
    void anEditIsSpokenWithinSecondsAndABrokenOneIsReported() throws IOException {
        Path russian = dir.resolve("intake.ru.yaml");
        String original = Files.readString(russian);
        saveByRename(russian, original.replace("Здравствуйте! Я помогу оформить заявку",
                "Добрый день! Я помогу оформить заявку"));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(dialogs.texts("ru").get("consent.prompt")).startsWith("Добрый день!"));
        assertThat(new WebChatClient(port).open("ru").texts().getFirst()).startsWith("Добрый день!");

        saveByRename(russian, original.replace("  agree: Согласен\n", ""));
        WebChatClient client = new WebChatClient(port);
        await().atMost(Duration.ofSeconds(2)).until(() -> !dialogs.broken().isEmpty());
        var status = client.get("/api/dialogs/status", null);
        assertThat(status.body().path("broken").toString()).contains("intake.ru.yaml").contains("consent.agree");
        assertThat(client.open("ru").texts().getFirst()).startsWith("Добрый день!");

        saveByRename(russian, original);
        await().atMost(Duration.ofSeconds(2)).until(() -> dialogs.broken().isEmpty());
    }

    /** Editors' tools save a new file and rename it over the old one. */
    private static void saveByRename(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "edit", ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
