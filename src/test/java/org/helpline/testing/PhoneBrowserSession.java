package org.helpline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One {@link PhoneBrowser} for a test class ({@code @RegisterExtension static}), opened before its tests and
 * closed after them, with a wait that looks again when a page redrew the element it had found.
 */
public final class PhoneBrowserSession implements BeforeAllCallback, AfterAllCallback {

    private final String what;
    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;

    /** {@code what} names the pages under test, for the hint when Chromium is missing. */
    public PhoneBrowserSession(String what) {
        this.what = what;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        browser = PhoneBrowser.open(profile, what);
        wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public WebDriver browser() {
        return browser;
    }

    /** Waits up to 20 s for {@code condition} to hold (a non-null, non-false answer), asking again as pages redraw. */
    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }
}
