package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.WebChatClient;
import org.helpline.tickets.TicketStatus;
import org.helpline.tickets.Tickets;
import org.helpline.testing.PhoneBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real headless Chromium on a phone-sized window: an engineer logs in, sees a ticket filed
 * through the web chat appear in the live queue, opens it with its screenshot, takes it and answers with
 * Ctrl+Enter, and the answer shows in the client's chat page.
 */
@ChatApiTest
class ConsolePageBrowserTest {

    private static final String PASSWORD = "принтер-и-кофе-42";

    @TempDir
    static Path profile;

    private static WebDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    Tickets tickets;

    @BeforeAll
    static void openBrowser() {
        browser = PhoneBrowser.open(profile, "The console");
        // The pages redraw themselves as they poll, so an element just found may already be replaced: look again.
        wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test starts logged out. */
    @BeforeEach
    void logOut() {
        browser.manage().deleteAllCookies();
        if (accounts.find("petrova").isEmpty()) {
            accounts.create("petrova", "Анна Петрова", Role.ENGINEER, PASSWORD.toCharArray());
        }
    }

    @Test
    void anEngineerTakesAWebChatTicketAndTheReplyArrivesInTheClientsChat() throws java.io.IOException {
        logIn("petrova", PASSWORD);
        awaitQueue();
        assertThat(element("#who").getText()).contains("Анна Петрова");

        WebChatClient client = new WebChatClient(port);
        String number = client.fileTicket("Не печатает принтер в бухгалтерии, горит оранжевая лампочка");
        // The queue redraws its lines as it polls: read a line's texts in one go, and again if it was replaced.
        List<String> line = wait.until(page -> {
            WebElement shown = queueLine(number);
            return shown == null ? null : List.of(shown.getText(), shown.findElement(By.className("due")).getText());
        });
        assertThat(line.getFirst()).as("the ticket appeared without a reload").contains("Срочный", "Новая", "Иванова Анна Сергеевна");
        assertThat(line.getLast()).matches("ответ: осталось \\d+( д \\d+ ч| ч \\d+ мин| мин)");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "console-queue.png"), StandardCopyOption.REPLACE_EXISTING);

        new Select(element("#priority-filter")).selectByVisibleText("Критический");
        wait.until(page -> queueLine(number) == null);
        new Select(element("#priority-filter")).selectByVisibleText("Срочный");
        wait.until(page -> queueLine(number) != null);

        wait.until(page -> {
            queueLine(number).findElement(By.tagName("a")).click();
            return true;
        });
        wait.until(page -> element("#number").getText().equals(number));
        assertThat(element("#badges").getText()).contains("Срочный", "Новая", "Линия L1", "Исполнитель: не назначена")
                .doesNotContain("null");
        WebElement screenshot = wait.until(page -> visible("#conversation img"));
        wait.until(page -> ((Number) js("return arguments[0].naturalWidth", screenshot)).intValue() > 0);
        assertThat(screenshot.getAccessibleName()).contains("screen.png");
        assertThat(element("#conversation").getText()).contains("Не печатает принтер в бухгалтерии");

        element("#take").click();
        wait.until(page -> element("#status").getText().equals("В работе") && !element("#take").isDisplayed());
        assertThat(element("#reply-text").getAccessibleName()).isEqualTo("Ответ клиенту");

        String answer = "Выключите принтер на минуту и включите снова.";
        element("#reply-text").sendKeys(answer);
        element("#reply-text").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(page -> element("#result").getText().equals("Ответ отправлен клиенту."));
        assertThat(element("#reply-text").getDomProperty("value")).isEmpty();
        assertThat(element("#conversation").getText()).contains(answer, "Анна Петрова");
        assertThat(element("#history").getText()).contains("Взята в работу", "Ответ клиенту");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "console-ticket.png"), StandardCopyOption.REPLACE_EXISTING);

        browser.get(url("/chat.css"));
        js("localStorage.setItem('helpline.session.ru', JSON.stringify(arguments[0]))", client.sessionId());
        browser.get(url("/"));
        wait.until(page -> texts(".msg.bot .text").stream().anyMatch(text -> text.contains(answer)));
        assertThat(texts(".msg.bot .text")).anyMatch(text -> text.contains("Анна Петрова") && text.contains(answer));
        assertThat(tickets.find(number).orElseThrow().assignee()).isEqualTo("Анна Петрова");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        logIn("petrova", "не-тот-пароль");
        WebElement error = wait.until(page -> visible("#login-error"));
        assertThat(error.getText()).contains("Неверный логин или пароль");
        assertThat(browser.getCurrentUrl()).contains("/console/login");
        assertThat(element("#password").getDomAttribute("type")).isEqualTo("password");
        assertThat(element("#password").getAccessibleName()).isEqualTo("Пароль");
        browser.get(url("/console/"));
        assertThat(browser.getCurrentUrl()).as("still not logged in").contains("/console/login");
    }

    @Test
    void anActionWithoutTheCsrfTokenIsRefusedAndWithItAccepted() {
        String number = new WebChatClient(port).fileTicket("Не работает сканер в приёмной, компьютер его не видит");
        logIn("petrova", PASSWORD);
        awaitQueue();
        String take = "/console/api/tickets/" + number + "/take";
        assertThat(post(take, null)).as("no token: refused").isEqualTo(403);
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.NEW);
        Object token = js("return fetch('/console/api/me').then(r => r.json()).then(me => me.csrfToken)");
        assertThat(post(take, (String) token)).as("with the page's token: done").isEqualTo(200);
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void theQueueInEnglish() {
        logIn("petrova", PASSWORD);
        awaitQueue();
        element("#lang-switch").click();
        wait.until(page -> element("h2").getText().equals("Ticket queue"));
        assertThat(element("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(element("#status-filter").getAccessibleName()).isEqualTo("Status");
        assertThat(element("#logout").getText()).isEqualTo("Log out");
        browser.get(url("/console/?lang=ru"));
        wait.until(page -> element("h2").getText().equals("Очередь заявок"));
    }

    @Test
    void anEngineerIsDeniedTheAuditAndAnAdminReadsWhoLookedAtWhichTicket() {
        if (accounts.find("ivanova").isEmpty()) {
            accounts.create("ivanova", "Мария Иванова", Role.ADMIN, PASSWORD.toCharArray());
        }
        String number = new WebChatClient(port).fileTicket("Не запускается 1С у главного бухгалтера, ошибка лицензии");
        logIn("petrova", PASSWORD);
        awaitQueue();
        assertThat(browser.findElements(By.id("audit-link"))).as("no audit link for an engineer").isEmpty();
        for (int look = 0; look < 2; look++) {
            browser.get(url("/console/tickets/" + number));
            wait.until(page -> element("#number").getText().equals(number));
        }
        assertThat(get("/console/api/audit")).as("an engineer is denied the admins' audit").isEqualTo(403);
        browser.get(url("/console/audit"));
        assertThat(element("body").getText()).doesNotContain("petrova");

        browser.manage().deleteAllCookies();
        logIn("ivanova", PASSWORD);
        awaitQueue();
        element("#audit-link").click();
        wait.until(page -> !texts("#audit tr").isEmpty());
        List<String> looks = texts("#audit tr").stream().filter(row -> row.contains(number) && row.contains("petrova")).toList();
        assertThat(looks).as("a page reloaded is one look").hasSize(2)
                .anyMatch(row -> row.contains("Открыл заявку")).anyMatch(row -> row.contains("Открыл файл"));
    }

    private void logIn(String login, String password) {
        browser.get(url("/console/"));
        wait.until(page -> browser.getCurrentUrl().contains("/console/login"));
        element("#username").sendKeys(login);
        element("#password").sendKeys(password);
        element("#login-submit").click();
    }

    /** Waits for the queue page with its header, drawn once the page knows who is logged in. */
    private void awaitQueue() {
        wait.until(page -> browser.getCurrentUrl().endsWith("/console/") && !browser.findElements(By.id("logout")).isEmpty());
    }

    /** A POST from the logged-in page's own script, with the CSRF header only when a token is given. */
    private int post(String path, String token) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const headers = arguments[1] ? { 'X-CSRF-TOKEN': arguments[1] } : {};
                fetch(arguments[0], { method: 'POST', headers }).then(r => done(r.status), () => done(-1));
                """, path, token);
        return ((Number) status).intValue();
    }

    /** The status of a GET from the logged-in page's own script. */
    private int get(String path) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status), () => done(-1));
                """, path);
        return ((Number) status).intValue();
    }

    private WebElement queueLine(String number) {
        return browser.findElements(By.cssSelector("#queue li[data-number='" + number + "']")).stream().findFirst().orElse(null);
    }

    private WebElement visible(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement element(String selector) {
        return browser.findElement(By.cssSelector(selector));
    }
}
