package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.helpline.testing.ChatApiTest;
import org.helpline.testing.PhoneBrowser;
import org.helpline.testing.WebChatClient;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Tickets;
import org.helpline.tickets.Tier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ticket page's further work in two real headless Chromiums, one per engineer: escalating and a new priority
 * show in the queue and its filters, a note stays with the engineers, a released ticket is taken by the other
 * engineer, a canned reply comes with the client's name, and each engineer sees the other on the ticket.
 */
@ChatApiTest
class TicketWorkBrowserTest {

    private static final String PASSWORD = "принтер-и-кофе-42";

    @TempDir
    static Path annasProfile;
    @TempDir
    static Path petersProfile;

    private static Engineer anna;
    private static Engineer peter;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;
    @Autowired
    Tickets tickets;

    @BeforeAll
    static void openBrowsers() {
        anna = new Engineer(PhoneBrowser.open(annasProfile, "The console's ticket page"));
        peter = new Engineer(PhoneBrowser.open(petersProfile, "The console's ticket page"));
    }

    @AfterAll
    static void closeBrowsers() {
        for (Engineer engineer : new Engineer[] {anna, peter}) {
            if (engineer != null) {
                engineer.browser.quit();
            }
        }
    }

    @BeforeEach
    void accountsAndLoggedOut() {
        // The context, and so the accounts, may be shared with the other console tests.
        if (accounts.find("petrova").isEmpty()) {
            accounts.create("petrova", "Анна Петрова", Role.ENGINEER, PASSWORD.toCharArray());
        }
        if (accounts.find("smirnov").isEmpty()) {
            accounts.create("smirnov", "Пётр Смирнов", Role.ENGINEER, PASSWORD.toCharArray());
        }
        anna.browser.manage().deleteAllCookies();
        peter.browser.manage().deleteAllCookies();
    }

    @Test
    void escalationAndANewPriorityShowInTheQueueAndANoteNeverReachesTheClient() {
        WebChatClient client = new WebChatClient(port);
        String number = client.fileTicket("Не открывается общая папка на сервере, пишет «доступ запрещён»");
        anna.logIn(port, "petrova");
        anna.openTicket(port, number);
        anna.click("#take");
        anna.waitFor("#status", "В работе");

        String note = "Похоже на права в AD, проверю группу бухгалтерии";
        anna.type("#note-text", note);
        anna.click("#add-note");
        anna.waitFor("#result", "Заметка добавлена, клиенту она не отправлена.");
        anna.await(page -> anna.text("#conversation").contains(note) && anna.text("#history").contains("Заметка"));

        anna.type("#escalate-reason", "Нужны права администратора домена");
        anna.click("#escalate");
        anna.waitFor("#result", "Заявка передана на линию L2.");
        new Select(anna.element("#priority-to")).selectByVisibleText("Критический");
        anna.type("#priority-reason", "Стоит вся бухгалтерия");
        anna.click("#change-priority");
        anna.waitFor("#result", "Приоритет изменён: Критический.");
        assertThat(anna.text("#badges")).contains("Критический", "Линия L2");
        assertThat(anna.text("#history")).contains("Передана на другую линию", "Приоритет изменён", "Стоит вся бухгалтерия");

        anna.browser.get(url("/console/"));
        anna.await(page -> anna.queueLine(number) != null);
        new Select(anna.element("#tier-filter")).selectByVisibleText("L1");
        anna.await(page -> anna.queueLine(number) == null);
        new Select(anna.element("#tier-filter")).selectByVisibleText("L2");
        anna.choose("#engineer-filter", "Пётр Смирнов");
        anna.await(page -> anna.queueLine(number) == null);
        anna.choose("#engineer-filter", "Анна Петрова");
        String line = anna.await(page -> {
            WebElement shown = anna.queueLine(number);
            return shown == null ? null : shown.getText();
        });
        assertThat(line).contains("Критический", "В работе", "Анна Петрова");
        assertThat(tickets.find(number).orElseThrow()).satisfies(ticket -> {
            assertThat(ticket.tier()).isEqualTo(Tier.L2);
            assertThat(ticket.priority()).isEqualTo(Priority.CRITICAL);
        });

        // The client hears of the escalation, which came after the note: by then the note would have reached them.
        List<String> told = await().atMost(Duration.ofSeconds(20)).until(() -> client.transcript(0).texts(),
                texts -> texts.stream().anyMatch(text -> text.contains("линия L2")));
        assertThat(told).noneMatch(text -> text.contains("права в AD"));
    }

    @Test
    void aReleasedTicketIsTakenByTheOtherEngineerAndEachSeesTheOtherOnIt() {
        String number = bothOnANewTicket("Не работает телефония в отделе продаж, гудков нет");
        anna.waitFor("#also-here", "Заявка сейчас открыта также у: Пётр Смирнов");
        peter.waitFor("#also-here", "Заявка сейчас открыта также у: Анна Петрова");

        anna.click("#take");
        anna.await(page -> anna.element("#release").isDisplayed());
        peter.await(page -> peter.text("#badges").contains("Исполнитель: Анна Петрова"));
        anna.click("#release");
        anna.waitFor("#result", "Заявка возвращена в очередь — её может взять другой инженер.");
        anna.waitFor("#status", "Новая");

        peter.await(page -> peter.element("#take").isDisplayed() && peter.text("#badges").contains("не назначена"));
        peter.click("#take");
        peter.waitFor("#status", "В работе");
        anna.await(page -> anna.text("#badges").contains("Исполнитель: Пётр Смирнов"));
        assertThat(tickets.find(number).orElseThrow().assignee()).isEqualTo("Пётр Смирнов");
        assertThat(peter.text("#history")).contains("Возвращена в очередь");

        anna.click("#release");
        anna.waitFor("#result", "Заявка возвращена в очередь — её может взять другой инженер.");
        anna.await(page -> !anna.element("#release").isDisplayed());
        // Released twice (Peter's page had not redrawn yet): refused, in the page's language, saying why.
        assertThat(anna.refusal("/console/api/tickets/" + number + "/release"))
                .isEqualTo("Вернуть заявку " + number + " в очередь нельзя: её никто не держит или она в состоянии «Новая».");

        peter.browser.get(url("/console/"));
        anna.await(page -> !anna.element("#also-here").isDisplayed());
    }

    @Test
    void aReplyThatWouldCrossTheOtherEngineersUnseenOneIsHeldBackUntilConfirmed() {
        String number = bothOnANewTicket("Не приходит почта на общий ящик отдела кадров");
        int seenByAnna = tickets.find(number).orElseThrow().history().size();
        peter.type("#reply-text", "Проверяю ящик, напишу через 10 минут.");
        peter.click("#send");
        peter.waitFor("#result", "Ответ отправлен клиенту.");

        String replies = "/console/api/tickets/" + number + "/replies";
        assertThat(anna.refusal(replies, "{\"text\": \"Перезагрузите почту\", \"seen\": " + seenByAnna + "}"))
                .isEqualTo("Пётр Смирнов уже ответил(а) клиенту, пока вы писали — этот ответ показан в переписке. "
                        + "Отправить ваш ответ всё равно?");
        assertThat(tickets.find(number).orElseThrow().history()).noneMatch(entry -> "Перезагрузите почту".equals(entry.detail()));
        assertThat(anna.refusal(replies, "{\"text\": \"Перезагрузите почту\", \"seen\": " + seenByAnna + ", \"crossing\": true}"))
                .isEqualTo("done");
        assertThat(tickets.find(number).orElseThrow().history()).anyMatch(entry -> "Перезагрузите почту".equals(entry.detail()));
    }

    @Test
    void aCannedReplyIsInsertedWithTheClientsNameAndTheArticleLink() {
        String number = new WebChatClient(port).fileTicket("Программа банка выдаёт ошибку при входе, не пускает");
        anna.logIn(port, "petrova");
        anna.openTicket(port, number);
        anna.choose("#canned", "Попросить снимок экрана");
        anna.click("#canned-insert");
        String inserted = anna.element("#reply-text").getDomProperty("value");
        assertThat(inserted).startsWith("Иванова Анна Сергеевна, пришлите, пожалуйста, снимок экрана")
                .contains(url("/kb/how-to-screenshot?lang=ru"));

        new Select(anna.element("#canned")).selectByVisibleText("Приветствие, взяли в работу");
        anna.js("const box = document.getElementById('reply-text'); box.selectionStart = box.selectionEnd = 0;");
        anna.click("#canned-insert");
        assertThat(anna.element("#reply-text").getDomProperty("value"))
                .startsWith("Иванова Анна Сергеевна, здравствуйте! Меня зовут Анна Петрова, я занимаюсь вашей заявкой " + number)
                .endsWith(inserted);
    }

    /** A ticket filed through the web chat, open in both engineers' browsers. */
    private String bothOnANewTicket(String description) {
        String number = new WebChatClient(port).fileTicket(description);
        anna.logIn(port, "petrova");
        peter.logIn(port, "smirnov");
        anna.openTicket(port, number);
        peter.openTicket(port, number);
        return number;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** One engineer's browser. The pages redraw as they poll, so each look finds its elements again. */
    private record Engineer(WebDriver browser, WebDriverWait waiting) {

        Engineer(WebDriver browser) {
            this(browser, (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class));
        }

        void logIn(int port, String login) {
            browser.get("http://localhost:" + port + "/console/");
            await(page -> browser.getCurrentUrl().contains("/console/login"));
            element("#username").sendKeys(login);
            element("#password").sendKeys(PASSWORD);
            element("#login-submit").click();
            await(page -> browser.getCurrentUrl().endsWith("/console/") && !browser.findElements(By.id("logout")).isEmpty());
        }

        void openTicket(int port, String number) {
            browser.get("http://localhost:" + port + "/console/tickets/" + number);
            await(page -> element("#number").getText().equals(number));
        }

        <T> T await(java.util.function.Function<WebDriver, T> condition) {
            return waiting.until(condition);
        }

        void waitFor(String selector, String text) {
            await(page -> element(selector).getText().equals(text));
        }

        void click(String selector) {
            await(page -> {
                element(selector).click();
                return true;
            });
        }

        /** Picks an option, once the page has loaded it. */
        void choose(String selector, String option) {
            await(page -> {
                new Select(element(selector)).selectByVisibleText(option);
                return true;
            });
        }

        void type(String selector, String text) {
            await(page -> {
                element(selector).sendKeys(text);
                return true;
            });
        }

        String text(String selector) {
            return element(selector).getText();
        }

        WebElement element(String selector) {
            return browser.findElement(By.cssSelector(selector));
        }

        WebElement queueLine(String number) {
            return browser.findElements(By.cssSelector("#queue li[data-number='" + number + "']")).stream().findFirst().orElse(null);
        }

        /** What the page's own call to the console API is told when the action is refused. */
        String refusal(String path) {
            return refusal(path, null);
        }

        /** The same with a JSON body. */
        String refusal(String path, String body) {
            return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const body = arguments[1] === null ? undefined : JSON.parse(arguments[1]);
                    window.HelplineConsole.call('POST', arguments[0], body).then(() => done('done'), (e) => done(e.message));
                    """, path, body);
        }

        void js(String script) {
            ((JavascriptExecutor) browser).executeScript(script);
        }
    }
}
