package org.helpline;

import java.nio.file.Path;

import org.helpline.testing.RunningApp;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A real start's log: one block saying where to open the app and what is on, and no noise a newcomer cannot act on. */
@ExtendWith(OutputCaptureExtension.class)
class StartupReportIntegrationTest {

    @TempDir
    Path data;

    @Test
    void aStartWithDefaultsSaysWhereToOpenItAndWarnsOfWhatClientsWouldSee(CapturedOutput output) {
        try (RunningApp app = RunningApp.start(data, "--helpline.api.token=", "--helpline.public-url=")) {
            String address = "http://localhost:" + app.port();
            new WebChatClient(app.port()).fileTicket("Не печатает принтер в бухгалтерии, горит оранжевая лампочка");

            String log = output.getOut();
            assertThat(log).containsOnlyOnce("Helpline is ready")
                    .contains("open the web chat:  " + address + "/")
                    .contains(data.toAbsolutePath().normalize() + " (embedded store)")
                    .contains("web chat on; Telegram off (set HELPLINE_TELEGRAM_TOKEN); Discord off (set HELPLINE_DISCORD_TOKEN); "
                            + "e-mail notices off (set HELPLINE_MAIL_HOST)")
                    .contains("staff places:       Telegram staff chat off (set HELPLINE_TELEGRAM_STAFF_CHAT_ID); "
                            + "Discord staff forum off (set HELPLINE_DISCORD_STAFF_CHANNEL_ID)")
                    .contains("staff API:          off: set HELPLINE_API_TOKEN")
                    .contains("client register:    none")
                    .contains("! the support phone is the placeholder +7 (800) 000-00-00: set HELPLINE_SUPPORT_PHONE")
                    .contains("! links in messages point to " + address + ", which only this machine can open");
            assertThat(new WebChatClient(app.port()).open("ru").lastText())
                    .as("the public URL defaults to the port the app listens on")
                    .contains(address + "/kb/personal-data?lang=ru");
            assertThat(log).as("noise a newcomer cannot act on")
                    .doesNotContain("not yet implemented", "SpringDoc", "Vector API", "vector incubator");
        }
    }

    @Test
    void aConfiguredStartHasNoWarnings(CapturedOutput output) {
        try (RunningApp app = RunningApp.start(data, "--helpline.support.phone=+7 (495) 123-45-67",
                "--helpline.public-url=https://help.example.org/", "--helpline.api.token=secret")) {
            String log = output.getOut();
            assertThat(log).contains("open the web chat:  https://help.example.org/")
                    .contains("staff API:          token set")
                    .doesNotContain("clients would still see defaults", "! ");
            assertThat(new WebChatClient(app.port()).open("ru").lastText()).contains("https://help.example.org/kb/personal-data");
        }
    }
}
