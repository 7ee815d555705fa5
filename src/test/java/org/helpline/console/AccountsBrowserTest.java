package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.PhoneBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admins' accounts page in a real headless Chromium: an admin creates an engineer who then logs in with the
 * initial password, disables the account (which can no longer log in) and enables it, resets its password (the
 * old one stops working, the new one works); an engineer is refused the page.
 */
@ChatApiTest
class AccountsBrowserTest {

    private static final String ADMIN_PASSWORD = "админ-консоли-2026";

    @TempDir
    static Path profile;

    private static WebDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void openBrowser() {
        browser = PhoneBrowser.open(profile, "The accounts page");
        wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void loggedOut() {
        browser.manage().deleteAllCookies();
        if (accounts.find("smirnova").isEmpty()) {
            accounts.create("smirnova", "Елена Смирнова", Role.ADMIN, ADMIN_PASSWORD.toCharArray());
        }
    }

    @Test
    void anAdminCreatesAnEngineerWhoLogsInAndIsThenDisabledAndGetsANewPassword() {
        logIn("smirnova", ADMIN_PASSWORD);
        awaitQueue();
        element("#accounts-link").click();
        wait.until(page -> accountRow("smirnova") != null);
        assertThat(element("h2").getText()).isEqualTo("Учётные записи");
        assertThat(element("#new-password").getAccessibleName()).isEqualTo("Начальный пароль");

        element("#new-login").sendKeys("kuznetsov");
        element("#new-name").sendKeys("Дмитрий Кузнецов");
        new Select(element("#new-role")).selectByVisibleText("Инженер");
        // Sent with Enter from the password field, as people do (and independent of where the phone scrolled).
        element("#new-password").sendKeys("короткий", Keys.ENTER);
        awaitNotice("Пароль слишком короткий: нужно не меньше 10 символов.");
        assertThat(accountRow("kuznetsov")).as("refused: not created").isNull();

        element("#new-password").clear();
        element("#new-password").sendKeys("первый-пароль-кузнецова", Keys.ENTER);
        awaitNotice("Учётная запись kuznetsov создана.");
        String created = wait.until(page -> rowText("kuznetsov"));
        assertThat(created).contains("Дмитрий Кузнецов", "Инженер", "Работает");
        assertThat(element("#new-login").getDomProperty("value")).as("the form is ready for the next one").isEmpty();

        browser.manage().deleteAllCookies();
        logIn("kuznetsov", "первый-пароль-кузнецова");
        awaitQueue();
        assertThat(element("#who").getText()).contains("Дмитрий Кузнецов");
        assertThat(browser.findElements(By.id("accounts-link"))).as("no accounts link for an engineer").isEmpty();

        browser.manage().deleteAllCookies();
        logIn("smirnova", ADMIN_PASSWORD);
        awaitQueue();
        browser.get(url("/console/accounts"));
        wait.until(page -> accountRow("kuznetsov") != null);
        wait.until(page -> {
            accountRow("kuznetsov").findElement(By.className("disable")).click();
            return true;
        });
        wait.until(page -> rowText("kuznetsov").contains("Отключена"));
        assertThat(element("#accounts-notice").getText()).contains("kuznetsov отключена");

        browser.manage().deleteAllCookies();
        logIn("kuznetsov", "первый-пароль-кузнецова");
        wait.until(page -> visible("#login-error") != null);
        assertThat(browser.getCurrentUrl()).as("a disabled account cannot log in").contains("/console/login");

        logIn("smirnova", ADMIN_PASSWORD);
        awaitQueue();
        browser.get(url("/console/accounts"));
        wait.until(page -> accountRow("kuznetsov") != null);
        accountRow("kuznetsov").findElement(By.className("enable")).click();
        wait.until(page -> rowText("kuznetsov").contains("Работает"));
        accountRow("kuznetsov").findElement(By.className("reset-password")).click();
        assertThat(new Select(element("#password-login")).getFirstSelectedOption().getText()).isEqualTo("kuznetsov");
        WebElement newPassword = element("#reset-password");
        assertThat(newPassword.getAccessibleName()).isEqualTo("Новый пароль");
        newPassword.sendKeys("второй-пароль-кузнецова", Keys.ENTER);
        awaitNotice("Пароль для kuznetsov изменён.");

        browser.manage().deleteAllCookies();
        logIn("kuznetsov", "первый-пароль-кузнецова");
        wait.until(page -> visible("#login-error") != null);
        logIn("kuznetsov", "второй-пароль-кузнецова");
        awaitQueue();
        assertThat(element("#who").getText()).contains("Дмитрий Кузнецов");
    }

    @Test
    void anEngineerIsRefusedTheAccountsPage() {
        if (accounts.find("orlov").isEmpty()) {
            accounts.create("orlov", "Игорь Орлов", Role.ENGINEER, "пароль-орлова-42".toCharArray());
        }
        logIn("orlov", "пароль-орлова-42");
        awaitQueue();
        assertThat(status("/console/api/accounts")).isEqualTo(403);
        assertThat(status("/console/accounts")).isEqualTo(403);
        browser.get(url("/console/accounts"));
        assertThat(browser.findElements(By.id("accounts"))).as("no list of accounts shown").isEmpty();
        assertThat(element("body").getText()).doesNotContain("smirnova");
    }

    private void logIn(String login, String password) {
        browser.get(url("/console/"));
        wait.until(page -> browser.getCurrentUrl().contains("/console/login"));
        element("#username").sendKeys(login);
        element("#password").sendKeys(password);
        element("#login-submit").click();
    }

    private void awaitQueue() {
        wait.until(page -> browser.getCurrentUrl().endsWith("/console/") && !browser.findElements(By.id("logout")).isEmpty());
    }

    /** Waits for the page's notice to say exactly this, telling what it said instead when it never does. */
    private void awaitNotice(String expected) {
        wait.withMessage(() -> "the notice says «" + element("#accounts-notice").getText() + "» at " + browser.getCurrentUrl())
                .until(page -> element("#accounts-notice").getText().equals(expected));
    }

    private int status(String path) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status), () => done(-1));
                """, path);
        return ((Number) status).intValue();
    }

    private WebElement accountRow(String login) {
        return browser.findElements(By.cssSelector("#accounts tr[data-login='" + login + "']")).stream().findFirst().orElse(null);
    }

    /** The row's text read in one go; null while there is no such row. */
    private String rowText(String login) {
        WebElement row = accountRow(login);
        return row == null ? null : row.getText();
    }

    private WebElement visible(String selector) {
        List<WebElement> found = browser.findElements(By.cssSelector(selector));
        return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement element(String selector) {
        return browser.findElement(By.cssSelector(selector));
    }
}
