package org.helpline.channels.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.helpline.handoff.Handoff;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chat page in a real headless Chromium on a phone-sized window: a whole intake driven by pressing and
 * typing as a client would, ending in a stored ticket, and a reload that keeps the conversation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatPageBrowserTest {

    private static final Pattern TICKET_NUMBER = Pattern.compile("HL-\\d+");

    @TempDir
    static Path data;

    @TempDir
    static Path profile;

    @TempDir
    Path scratch;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("helpline.store.data-dir", () -> data.toString());
    }

    /** One browser for the class: starting Chromium is the slow part. */
    private static WebDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    Tickets tickets;
    @Autowired
    Handoff handoff;

    @BeforeAll
    static void openBrowser() {
        browser = PhoneBrowser.open(profile, "The chat page");
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test is a new visitor: no conversation remembered from another test. */
    @BeforeEach
    void forgetConversations() {
        browser.get(url("/chat.css"));  // any page of the site's origin gives access to its storage
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    }

    @Test
    void clientFilesAWholeRequestFromThePhoneAndAReloadKeepsIt() throws IOException {
        browser.get(url("/"));
        assertThat(element("#send").getAccessibleName()).isEqualTo("Отправить");

        String number = fileRequest();
        Ticket ticket = tickets.list(null, null).stream()
                .filter(stored -> stored.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("No stored ticket " + number));
        assertThat(ticket.attachments()).hasSize(1);
        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(ticket.client().name()).isEqualTo("Иванова Анна Сергеевна");

        browser.navigate().refresh();
        wait.until(page -> bodyText().contains(number));
        assertThat(ownLines()).contains("Иванова Анна Сергеевна", "Срочный", "Подтвердить", "screen.png");
        assertThat(buttons(null)).as("buttons already answered are gone; what can follow is offered")
                .extracting(WebElement::getText).containsExactly("Новая заявка", "Мои заявки");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "chat-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void engineersAnswerAppearsInThePageAndTheClientAnswersTheirQuestion() throws IOException {
        browser.get(url("/"));
        String number = fileRequest();
        handoff.take(number, "Анна Петрова");
        handoff.reply(number, "Анна Петрова", "Выключите принтер на минуту и включите снова.");
        wait.until(page -> botLines().stream().anyMatch(line -> line.contains("Выключите принтер на минуту")));
        assertThat(botLines()).anyMatch(line -> line.contains("Анна Петрова"));

        handoff.resolve(number, "Анна Петрова", null);
        press("Нет, не решено");
        assertThat(botLines().getLast()).contains("снова открыта");
        assertThat(tickets.find(number).orElseThrow().status()).isEqualTo(TicketStatus.REOPENED);
    }

    @Test
    void englishPageHasEnglishChromeAndGreeting() {
        browser.get(url("/?lang=en"));
        wait.until(page -> !botLines().isEmpty());
        assertThat(botLines().getFirst()).contains("Hello! I will help you file a request with technical support.");
        assertThat(element("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.getTitle()).isEqualTo("Technical support");
        assertThat(element("#send").getAccessibleName()).isEqualTo("Send");
        assertThat(element("#text").getDomAttribute("placeholder")).isEqualTo("Type a message…");
        assertThat(element("#attach").getAccessibleName()).isEqualTo("Attach a file");
        assertThat(element("#new-chat").getText()).isEqualTo("New conversation");
        assertThat(element("#lang-switch").getText()).isEqualTo("Русский");
        assertThat(buttons("I agree")).hasSize(1);
    }

    @Test
    void theLanguageSwitchOpensTheChatInTheOtherLanguageAndThePageHasAFavicon() throws Exception {
        browser.get(url("/"));
        wait.until(page -> !botLines().isEmpty());
        assertThat(botLines().getFirst()).startsWith("Здравствуйте!");
        element("#lang-switch").click();
        wait.until(page -> browser.getCurrentUrl().endsWith("?lang=en") && !botLines().isEmpty()
                && botLines().getFirst().startsWith("Hello!"));
        assertThat(element("#lang-switch").getText()).isEqualTo("Русский");

        String icon = element("link[rel=icon]").getDomAttribute("href");
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/" + icon))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(response.body()).contains("<svg");
    }

    @Test
    void aDescriptionRefusedAsTooLongStaysInTheInputToBeShortened() {
        browser.get(url("/"));
        press("Согласен");
        String tooLong = "Не печатает принтер в бухгалтерии. ".repeat(120);
        WebElement input = element("#text");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, tooLong);
        expectingReply(() -> input.sendKeys(Keys.ENTER));
        assertThat(botLines().getLast()).contains("4000");
        assertThat(input.getDomProperty("value")).isEqualTo(tooLong.strip());
    }

    @Test
    void confirmIsTheMainActionAndAfterTheTicketTheClientPressesForTheirTickets() throws IOException {
        browser.get(url("/"));
        String number = fileRequest();
        assertThat(buttons(null)).extracting(WebElement::getText).containsExactly("Новая заявка", "Мои заявки");
        assertThat(botLines()).noneMatch(line -> line.contains("/start") || line.contains("/new"));
        press("Мои заявки");
        assertThat(botLines().getLast()).contains(number, "новая");
        press("Новая заявка");
        assertThat(botLines().getLast()).contains("согласие");
    }

    @Test
    void aConversationTheServerNoLongerKnowsIsReplacedByAFreshOne() {
        browser.get(url("/?lang=en"));
        wait.until(page -> !botLines().isEmpty());
        ((JavascriptExecutor) browser).executeScript(
                "localStorage.setItem('helpline.session.en', JSON.stringify(arguments[0]))", UUID.randomUUID().toString());
        browser.navigate().refresh();
        wait.until(page -> botLines().size() == 1 && buttons("I agree").size() == 1);
        assertThat(element("#status").getText()).isEmpty();
    }

    /** Walks the whole intake in the page, as a client on a phone would, and returns the ticket's number. */
    private String fileRequest() throws IOException {
        press("Согласен");
        type("Не печатает принтер в бухгалтерии, горит оранжевая лампочка");
        if (!buttons("Не помогло, продолжить").isEmpty()) {
            press("Не помогло, продолжить");
        }
        type("Иванова Анна Сергеевна");
        type("Д-20417");
        type("+7 912 345-67-89");
        upload(Files.writeString(scratch.resolve("notes.txt"), "Принтер HP в бухгалтерии"));
        assertThat(texts(".msg.own.refused .note")).containsExactly("Файл не принят");
        upload(screenshotFile());
        press("Готово");
        press("Срочный");
        WebElement confirm = buttons("Подтвердить").getFirst();
        WebElement edit = buttons("Изменить описание").getFirst();
        assertThat(confirm.getDomAttribute("class")).contains("primary");
        assertThat(confirm.getCssValue("background-color")).isNotEqualTo(edit.getCssValue("background-color"));
        assertThat(confirm.getRect().getWidth()).isGreaterThan(edit.getRect().getWidth());
        press("Подтвердить");

        return ticketNumber();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Presses the offered button with this label and waits for the bot's answer. */
    private void press(String label) {
        WebElement button = wait.until(page -> buttons(label).stream().filter(WebElement::isEnabled).findFirst().orElse(null));
        expectingReply(button::click);
    }

    /** Types a line and sends it with Enter, as on a keyboard, then waits for the bot's answer. */
    private void type(String text) {
        WebElement input = element("#text");
        expectingReply(() -> input.sendKeys(text, Keys.ENTER));
        assertThat(ownLines()).contains(text);
    }

    /** Chooses a file in the page's file picker, as the attach button would, and waits for the bot's answer. */
    private void upload(Path file) {
        expectingReply(() -> element("#file").sendKeys(file.toString()));
    }

    private void expectingReply(Runnable action) {
        int before = botLines().size();
        action.run();
        wait.until(page -> botLines().size() > before && "false".equals(element("#log").getDomAttribute("aria-busy")));
    }

    private String ticketNumber() {
        Matcher number = TICKET_NUMBER.matcher(wait.until(page -> botLines().stream()
                .filter(line -> line.contains("Заявка HL-")).findFirst().orElse(null)));
        assertThat(number.find()).isTrue();
        return number.group();
    }

    /** A real PNG, as a phone's screenshot would be. */
    private Path screenshotFile() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 60, 40);
        Path file = scratch.resolve("screen.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The buttons the client can see with this label, or all of them for null. */
    private List<WebElement> buttons(String label) {
        return browser.findElements(By.cssSelector(".choices button")).stream()
                .filter(button -> button.isDisplayed() && (label == null || button.getText().equals(label))).toList();
    }

    private List<String> botLines() {
        return texts(".msg.bot .text");
    }

    private List<String> ownLines() {
        return texts(".msg.own:not(.pending) .text");
    }

    /** Message texts as shown, without the "who says it" prefix kept for screen readers. */
    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private String bodyText() {
        return element("body").getText();
    }

    private WebElement element(String selector) {
        return browser.findElement(By.cssSelector(selector));
    }
}
