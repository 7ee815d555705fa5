package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.helpline.dialogs.DialogEditor;
import org.helpline.testing.ChatApiTest;
import org.helpline.testing.PhoneBrowserSession;
import org.helpline.testing.WebChatClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The editors' pages in headless Chromium on a phone, over copies of the knowledge base and the dialog files: an
 * editor changes an article and the intake's search answers with it at once; a broken article is refused with the
 * reason in the editor's language and the file left as it was; an article is created, retired and brought back; a
 * changed dialog text is what the web chat says at once, in a file that keeps its comments; the history shows each
 * change and undoes it unless it was changed again; an engineer is turned away.
 */
@ChatApiTest
class EditorsPagesBrowserTest {

    private static final String PASSWORD = "статьи-и-тексты-7";
    private static final Path KB = copy(Path.of("knowledge-base"), "kb");
    private static final Path DIALOGS = copy(Path.of("dialogs"), "dialogs");

    @DynamicPropertySource
    static void copies(DynamicPropertyRegistry registry) {
        registry.add("helpline.kb.dir", KB::toString);
        registry.add("helpline.dialogs.dir", DIALOGS::toString);
    }

    @RegisterExtension
    static final PhoneBrowserSession phone = new PhoneBrowserSession("The editors' pages");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    DialogEditor texts;

    @BeforeEach
    void logOut() {
        phone.browser().manage().deleteAllCookies();
        if (accounts.find("smirnova").isEmpty()) {
            accounts.create("smirnova", "Ольга Смирнова", Role.EDITOR, PASSWORD.toCharArray());
            accounts.create("petrov", "Иван Петров", Role.ENGINEER, PASSWORD.toCharArray());
        }
    }

    @Test
    void anEditorChangesAnArticleAndTheBotSuggestsTheNewTextAtOnce() {
        logIn("smirnova");
        openArticle("ru/vpn-connect");
        assertFitsThePhone();
        String changed = value("#article-text")
                .replace("title: Не подключается VPN или удалённый рабочий стол",
                        "title: Не подключается VPN, Континент или удалённый рабочий стол")
                .replace("  - отваливается впн\n", "  - отваливается впн\n  - не подключается криптошлюз континент\n");
        type("#article-text", changed);
        press("#save-article");

        phone.until(page -> element("#article-result").getText()
                .equals("Статья сохранена; поиск увидит её через несколько секунд."));
        assertThat(read("ru/vpn-connect.md")).isEqualTo(changed);
        await().atMost(Duration.ofSeconds(5)).until(() -> suggestedTitles("криптошлюз континент")
                .contains("Не подключается VPN, Континент или удалённый рабочий стол"));

        type("#try-text", "криптошлюз континент");
        press("#try");
        phone.until(page -> texts("#try-results li").stream()
                .anyMatch(line -> line.startsWith("Не подключается VPN, Континент или удалённый рабочий стол")));
    }

    @Test
    void aBrokenArticleIsRefusedWithTheReasonInTheEditorsLanguageAndTheFileStaysAsItWas() {
        String before = read("ru/printer-not-printing.md");
        logIn("smirnova");
        openArticle("ru/printer-not-printing");
        assertThat(saveArticleAs(text -> text.replaceFirst("title: .*\n", "title:\n"))).isEqualTo(
                "Статья не сохранена, файл не изменён: нет заголовка: строка title в блоке между строками --- пустая или её нет");
        assertThat(read("ru/printer-not-printing.md")).isEqualTo(before);

        phone.browser().get(url("/console/editing/?lang=en"));
        openArticle("ru/printer-not-printing");
        assertThat(saveArticleAs(text -> text.replaceFirst("questions:\n", "questions: [unclosed\n")))
                .startsWith("The article is not saved, the file is unchanged: mistake in the block between the --- lines")
                .containsPattern(" at line \\d+: check the colons");
        assertThat(read("ru/printer-not-printing.md")).isEqualTo(before);
        assertThat(suggestedTitles("принтер не печатает")).contains(title(before));
    }

    @Test
    void anEditorChangesADialogTextAndTheBotSaysItAtOnceWithTheFileKeepingItsComments() throws IOException {
        Path russian = DIALOGS.resolve("intake.ru.yaml");
        String before = Files.readString(russian);
        logIn("smirnova");
        openText("consent.prompt");
        assertFitsThePhone();
        String prompt = value("#text-consent-prompt");
        assertThat(prompt).startsWith("Здравствуйте! Я помогу оформить заявку").contains("{url}");

        type("#text-consent-prompt", prompt.replace("{url}", "по ссылке"));
        saveText("consent.prompt");
        phone.until(page -> textResult("consent.prompt").equals(
                "Текст не сохранён: подстановки нужно оставить как есть. Нужны: {url}; в тексте: —."));
        assertThat(Files.readString(russian)).isEqualTo(before);

        type("#text-consent-prompt", prompt.replace("Здравствуйте!", "Добрый день!"));
        saveText("consent.prompt");
        phone.until(page -> textResult("consent.prompt").equals("Текст сохранён, бот уже говорит по-новому."));
        assertThat(new WebChatClient(port).open("ru").texts().getFirst()).startsWith("Добрый день! Я помогу оформить заявку");
        assertThat(Files.readString(russian))
                .isEqualTo(before.replace("    Здравствуйте! Я помогу оформить заявку", "    Добрый день! Я помогу оформить заявку"));
    }

    @Test
    void theHistoryShowsEachChangeAndUndoPutsThePreviousTextBackUnlessItWasChangedAgain() throws IOException {
        logIn("smirnova");
        openText("consent.agree");
        type("#text-consent-agree", "Да, согласен");
        saveText("consent.agree");
        phone.until(page -> textResult("consent.agree").equals("Текст сохранён, бот уже говорит по-новому."));
        js("document.querySelector(\"li[data-key='consent.agree'] .result\").textContent = ''");
        type("#text-consent-agree", "Согласен, продолжим");
        saveText("consent.agree");
        phone.until(page -> textResult("consent.agree").equals("Текст сохранён, бот уже говорит по-новому."));
        assertThat(consentButtons()).first().isEqualTo("Согласен, продолжим");

        element("#history-link").click();
        phone.until(page -> edits("ru/consent.agree").size() == 2);
        List<String> edits = edits("ru/consent.agree");
        String second = edits.get(0);
        String first = edits.get(1);
        assertThat(element("tr[data-edit='" + first + "'] del").getText()).isEqualTo("Согласен");
        assertThat(element("tr[data-edit='" + first + "'] ins").getText()).isEqualTo("Да, согласен");
        assertThat(element("tr[data-edit='" + second + "'] del").getText()).isEqualTo("Да, согласен");
        assertThat(element("tr[data-edit='" + second + "'] ins").getText()).isEqualTo("Согласен, продолжим");
        assertThat(element("tr[data-edit='" + first + "']").getText()).contains("smirnova");
        assertFitsThePhone();

        press("tr[data-edit='" + first + "'] button[data-undo]");
        phone.until(page -> element("#edits-notice").getText()
                .equals("«consent.agree» с тех пор меняли ещё раз: сначала отмените более позднее изменение."));
        assertThat(consentButtons()).first().isEqualTo("Согласен, продолжим");

        press("tr[data-edit='" + second + "'] button[data-undo]");
        phone.until(page -> element("#edits-notice").getText().equals("Изменение отменено.")
                && element("tr[data-edit='" + second + "']").getText().contains("отменено"));
        assertThat(consentButtons()).first().isEqualTo("Да, согласен");
        assertThat(texts.text("ru", "consent.agree")).contains("Да, согласен");

        press("tr[data-edit='" + first + "'] button[data-undo]");
        phone.until(page -> element("tr[data-edit='" + first + "']").getText().contains("отменено"));
        assertThat(consentButtons()).first().isEqualTo("Согласен");
        assertThat(Files.readString(DIALOGS.resolve("intake.ru.yaml"))).contains("\n  agree: Согласен\n")
                .contains("# Raise the version whenever the consent text changes");
        assertThat(edits("ru/consent.agree")).hasSize(4);
    }

    @Test
    void anEditorCreatesAnArticleRetiresItAndBringsItBackFromTheHistory() {
        String title = "Кофемашина в офисе не варит кофе";
        String article = "---\nid: coffee-machine\ntitle: " + title + "\nquestions:\n  - кофемашина не варит кофе\n---\n"
                + "Кофемашину в офисе обслуживает арендодатель: напишите администратору здания.\n";
        logIn("smirnova");
        phone.until(page -> phone.browser().getCurrentUrl().endsWith("/console/editing/") && !texts("#articles tr").isEmpty());
        element("#new-id").sendKeys("coffee-machine");
        press("#create");
        phone.until(page -> element("#editor-heading").getText().equals("ru/coffee-machine.md"));
        type("#article-text", article);
        press("#save-article");
        phone.until(page -> element("#article-result").getText()
                .equals("Статья сохранена; поиск увидит её через несколько секунд."));
        assertThat(read("ru/coffee-machine.md")).isEqualTo(article);
        await().atMost(Duration.ofSeconds(5)).until(() -> suggestedTitles("кофемашина не варит кофе").contains(title));
        phone.until(page -> !phone.browser().findElements(By.cssSelector("#articles tr[data-article='ru/coffee-machine']")).isEmpty());

        press("#retire-article");
        phone.browser().switchTo().alert().accept();
        phone.until(page -> element("#article-result").getText().equals("Статья снята с публикации."));
        assertThat(Files.exists(KB.resolve("ru/coffee-machine.md"))).isFalse();
        assertThat(read(".retired/ru/coffee-machine.md")).isEqualTo(article);
        await().atMost(Duration.ofSeconds(5)).until(() -> !suggestedTitles("кофемашина не варит кофе").contains(title));

        press("#history-link");
        phone.until(page -> edits("ru/coffee-machine").size() == 2);
        String retired = edits("ru/coffee-machine").getFirst();
        assertThat(element("tr[data-edit='" + retired + "']").getText()).contains("Снято с публикации: ru/coffee-machine");
        press("tr[data-edit='" + retired + "'] button[data-undo]");
        phone.until(page -> element("#edits-notice").getText().equals("Изменение отменено."));
        assertThat(read("ru/coffee-machine.md")).isEqualTo(article);
        await().atMost(Duration.ofSeconds(5)).until(() -> suggestedTitles("кофемашина не варит кофе").contains(title));
    }

    @Test
    void anEngineerIsDeniedTheEditorsPagesInTheirLanguage() {
        logIn("petrov");
        phone.until(page -> phone.browser().getCurrentUrl().endsWith("/console/") && !phone.browser().findElements(By.id("logout")).isEmpty());
        assertThat(phone.browser().findElements(By.id("editing-link"))).isEmpty();
        assertThat(status("/console/api/editing/articles")).isEqualTo(403);
        phone.browser().get(url("/console/editing/"));
        assertThat(element("#denied").getText()).isEqualTo("Нет доступа");
        assertThat(element("body").getText()).contains("Эта страница не для вашей роли").doesNotContain("how-to-screenshot");
    }

    /** Logs in afresh, in Russian: the language a previous test chose is forgotten. */
    private void logIn(String login) {
        phone.browser().get(url("/console/"));
        phone.until(page -> phone.browser().getCurrentUrl().contains("/console/login"));
        js("localStorage.clear()");
        element("#username").sendKeys(login);
        element("#password").sendKeys(PASSWORD);
        element("#login-submit").click();
    }

    private void openArticle(String path) {
        phone.until(page -> phone.browser().getCurrentUrl().contains("/console/editing/"));
        phone.until(page -> {
            element("button[data-article='" + path + "']").click();
            return true;
        });
        phone.until(page -> element("#editor-heading").getText().equals(path + ".md") && !value("#article-text").isEmpty());
    }

    /** Changes the open article's text, presses «Сохранить» and answers what the page says about it. */
    private String saveArticleAs(UnaryOperator<String> change) {
        type("#article-text", change.apply(value("#article-text")));
        press("#save-article");
        return phone.until(page -> {
            String result = element("#article-result").getText();
            return result.isEmpty() ? null : result;
        });
    }

    private void openText(String key) {
        phone.until(page -> phone.browser().getCurrentUrl().contains("/console/editing/"));
        phone.browser().get(url("/console/editing/texts"));
        phone.until(page -> !phone.browser().findElements(By.cssSelector("li[data-key='" + key + "'] textarea")).isEmpty());
        type("#texts-filter", key);
    }

    /** The history rows of one text or article ({@code <lang>/<target>}), newest first, by edit id. */
    private List<String> edits(String target) {
        return phone.browser().findElements(By.cssSelector("#edits tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("td")).get(2).getText().endsWith(": " + target))
                .map(row -> row.getDomAttribute("data-edit")).toList();
    }

    /** The buttons under the web chat's first message, as a new client sees them. */
    private List<String> consentButtons() {
        return new WebChatClient(port).open("ru").body().path("messages").get(0).path("buttons").valueStream()
                .map(button -> button.path("label").asString()).toList();
    }

    private static String title(String article) {
        return article.lines().filter(line -> line.startsWith("title: ")).findFirst().orElseThrow()
                .substring("title: ".length()).replace("\"", "");
    }

    private void saveText(String key) {
        press("button[data-save='" + key + "']");
    }

    private String textResult(String key) {
        return element("li[data-key='" + key + "'] .result").getText();
    }

    /** Puts the whole text in at once, as a paste would, and tells the page it changed. */
    private void type(String selector, String text) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", element(selector), text);
    }

    /** Scrolls the button into the phone's view and presses it. */
    private void press(String selector) {
        WebElement button = element(selector);
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        phone.until(page -> button.isDisplayed() && button.isEnabled());
        button.click();
    }

    /**
     * Nothing sticks out past the phone's screen: a wider page is laid out zoomed out, where taps are hard to aim
     * (and Chromium's emulated taps land beside the button).
     */
    private void assertFitsThePhone() {
        assertThat(((Number) js("return document.documentElement.scrollWidth - window.visualViewport.width")).doubleValue())
                .isLessThanOrEqualTo(0.5);
    }

    /** The titles /api/kb/suggest answers a Russian client's question with, as the intake offers them. */
    private List<String> suggestedTitles(String question) {
        WebChatClient.Response found = new WebChatClient(port)
                .get("/api/kb/suggest?lang=ru&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8), null);
        assertThat(found.status()).isEqualTo(200);
        return found.body().path("results").valueStream().map(result -> result.path("title").asString()).toList();
    }

    private String value(String selector) {
        return element(selector).getDomProperty("value");
    }

    private int status(String path) {
        Object status = ((JavascriptExecutor) phone.browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status), () => done(-1));
                """, path);
        return ((Number) status).intValue();
    }

    private List<String> texts(String selector) {
        return phone.browser().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) phone.browser()).executeScript(script, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement element(String selector) {
        return phone.browser().findElement(By.cssSelector(selector));
    }

    private static String read(String path) {
        try {
            return Files.readString(KB.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a content folder, so the editors' saves never touch the real one. */
    private static Path copy(Path from, String name) {
        try {
            Path to = Files.createTempDirectory(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
