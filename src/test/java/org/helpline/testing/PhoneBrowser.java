package org.helpline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium as a Russian-speaking client's phone, for the pages' browser tests.
 */
public final class PhoneBrowser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private PhoneBrowser() {
    }

    /** Opens the browser with its own profile folder; {@code what} names the page under test in the hint. */
    public static WebDriver open(Path profile, String what) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail(what + " is tested in Debian's Chromium: install it with "
                    + "`apt-get install -y chromium chromium-driver` (needs " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        // Both paths are given, so Selenium Manager never looks for (or downloads) a browser or driver.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=390,844");
        // Headless windows are at least 500 px wide, so the phone's viewport is emulated; English is asked for
        // explicitly by the tests that want it.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true)));
        return new ChromeDriver(service, options);
    }
}
