package org.helpline.intake;

import java.util.Arrays;

import org.helpline.conversation.Button;
import org.helpline.conversation.Input;
import org.helpline.conversation.Rejection;
import org.helpline.conversation.Reply;
import org.helpline.testing.Images;
import org.helpline.tickets.Priority;
import org.helpline.tickets.Ticket;
import org.helpline.tickets.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake dialog through its public API, step by step, against the embedded store. */
@SpringBootTest
@ActiveProfiles("test")
class IntakeDialogIntegrationTest {

    private static final String DESCRIPTION = "Не печатает принтер в бухгалтерии, горит оранжевая лампочка";

    @Autowired
    IntakeDialog dialog;
    @Autowired
    Tickets tickets;
    @Autowired
    CallBacks callBacks;

    private DialogDriver russian() {
        return new DialogDriver(dialog, "ru");
    }

    /** Consent, description (past any suggestions), name, contract and contact: at the screenshot question. */
    private DialogDriver atScreenshot() {
        DialogDriver driver = russian();
        driver.consentAndDescribe(DESCRIPTION);
        driver.say("Иванова Анна Сергеевна");
        driver.say("Д-20417");
        driver.say("+7 912 345-67-89");
        return driver;
    }

    private DialogDriver atContract() {
        DialogDriver driver = russian();
        driver.consentAndDescribe(DESCRIPTION);
        driver.say("Иванова Анна Сергеевна");
        return driver;
    }

    private DialogDriver atSummary() {
        DialogDriver driver = atScreenshot();
        driver.send("screen.png", Images.png());
        driver.press("files:done");
        driver.press("priority:normal");
        return driver;
    }

    @Test
    void greetsWithConsentButtons() {
        DialogDriver driver = russian();
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
        assertThat(driver.lastText()).contains("согласие на обработку персональных данных");
        assertThat(driver.last().replies().getLast().buttons()).extracting(Button::label)
                .containsExactly("Согласен", "Не согласен");
    }

    @Test
    void everyButtonValueIsShortAscii() {
        for (Choice choice : Choice.values()) {
            String value = choice.button("x").value();
            assertThat(value).matches("[\\x21-\\x7e]+");
            assertThat(value.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).hasSizeLessThanOrEqualTo(64);
        }
    }

    @Test
    void consentIsRecordedWithTimeAndVersion() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
        assertThat(driver.snapshot().consentedAt()).isNotNull();
        assertThat(driver.snapshot().consentVersion()).isEqualTo("2026-12");
    }

    @Test
    void decliningKeepsNothingAndOffersThePhone() {
        DialogDriver driver = russian();
        driver.press("consent:no");
        assertThat(driver.step()).isEqualTo(Step.DECLINED);
        assertThat(driver.lastText()).contains("+7 (800) 000-00-00");
        assertThat(driver.snapshot().consentedAt()).isNull();
        assertThat(driver.snapshot().files()).isEmpty();
    }

    @Test
    void typingAButtonLabelCountsAsPressingIt() {
        DialogDriver driver = russian();
        driver.say("согласен");
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
    }

    @Test
    void textWhereAButtonIsExpectedListsTheOptions() {
        DialogDriver driver = russian();
        driver.say("может быть");
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
        assertThat(driver.lastText()).contains("«Согласен»", "«Не согласен»");
        assertThat(driver.buttons()).containsExactly("consent:yes", "consent:no");
    }

    @Test
    void shortAndLongDescriptionsAreRefusedWithTheLimit() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        driver.say("Не работает");
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
        assertThat(driver.lastText()).contains("20");
        driver.say("Очень длинное описание. ".repeat(200));
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
        assertThat(driver.lastText()).contains("4000");
    }

    @Test
    void allCapitalsAreRefusedCitingTheRule() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        driver.say("НЕ РАБОТАЕТ ИНТЕРНЕТ В ОФИСЕ УЖЕ ТРЕТИЙ ДЕНЬ");
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
        assertThat(driver.lastText()).contains("заглавными");
    }

    @Test
    void russianInLatinLettersIsRefused() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        driver.say("Ne rabotaet internet v ofise uzhe tretiy den, pomogite");
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
        assertThat(driver.lastText()).contains("латиницей");
    }

    @Test
    void invalidNameContractAndContactAreAskedAgain() {
        DialogDriver driver = russian();
        driver.consentAndDescribe(DESCRIPTION);
        driver.say("Анна");
        assertThat(driver.step()).isEqualTo(Step.NAME);
        assertThat(driver.lastText()).contains("ФИО");
        driver.say("Иванова Анна");
        driver.say("договор");
        assertThat(driver.step()).isEqualTo(Step.CONTRACT);
        assertThat(driver.lastText()).contains("Д-20417");
        driver.say("2024/115");
        driver.say("позвоните мне");
        assertThat(driver.step()).isEqualTo(Step.CONTACT);
        driver.say("anna@example.ru");
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.snapshot().email()).isEqualTo("anna@example.ru");
        assertThat(driver.snapshot().contract()).isEqualTo("2024/115");
    }

    @Test
    void invisibleAndBidiCharactersAreStrippedFromWhatIsStored() {
        DialogDriver driver = russian();
        driver.consentAndDescribe("Не печатает\u200B принтер в бухгалтерии, горит \u202Eоранжевая лампочка");
        driver.say("Ивано\u200Dва Анна\u2066 Сергеевна");
        driver.say("Д-204\u200B17");
        assertThat(driver.snapshot().description()).isEqualTo(DESCRIPTION);
        assertThat(driver.snapshot().name()).isEqualTo("Иванова Анна Сергеевна");
        assertThat(driver.snapshot().contract()).isEqualTo("Д-20417");
    }

    @Test
    void phoneNumbersAreNormalised() {
        DialogDriver driver = atScreenshot();
        assertThat(driver.snapshot().phone()).isEqualTo("+79123456789");
    }

    @Test
    void screenshotIsRequiredAndMustBeAnImage() {
        DialogDriver driver = atScreenshot();
        driver.say("скриншота нет");
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.lastText()).contains("скриншот");
        driver.send("report.pdf", "%PDF-1.4\n%test\n".getBytes());
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.lastText()).contains("Первым нужен скриншот");
        assertThat(driver.snapshot().files()).isEmpty();
        driver.send("screen.png", Images.png());
        assertThat(driver.step()).isEqualTo(Step.MORE_FILES);
        assertThat(driver.buttons()).containsExactly("files:done");
    }

    @Test
    void refusedFilesLeaveNothingAndKeepTheStep() {
        DialogDriver driver = atScreenshot();
        Turn exe = driver.send("screen.png", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertThat(exe.rejection()).isEqualTo(Rejection.UNSUPPORTED_TYPE);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(Images.png(), 0, big, 0, Images.png().length);
        Turn huge = driver.send("huge.png", big);
        assertThat(huge.rejection()).isEqualTo(Rejection.TOO_LARGE);
        assertThat(huge.replies().getLast().text()).contains("5 МБ");
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.snapshot().files()).isEmpty();
    }

    @Test
    void afterTheScreenshotDocumentsAreWelcome() {
        DialogDriver driver = atScreenshot();
        driver.send("screen.png", Images.png());
        driver.send("act.pdf", "%PDF-1.4\n%test\n".getBytes());
        assertThat(driver.step()).isEqualTo(Step.MORE_FILES);
        assertThat(driver.snapshot().files()).extracting(f -> f.contentType())
                .containsExactly("image/png", "application/pdf");
    }

    @Test
    void anImageSentEarlyIsKeptAsTheScreenshot() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        driver.send("early.jpg", Images.jpeg());
        assertThat(driver.step()).isEqualTo(Step.DESCRIPTION);
        assertThat(driver.last().replies().getFirst().text()).contains("Скриншот получили");
        driver.describe(DESCRIPTION);
        driver.say("Иванова Анна Сергеевна");
        driver.say("Д-20417");
        driver.say("+7 912 345-67-89");
        assertThat(driver.step()).isEqualTo(Step.MORE_FILES);
        assertThat(driver.last().replies()).extracting(Reply::text).anyMatch(t -> t.contains("Скриншот уже есть"));
    }

    @Test
    void priorityTextGivesResponseTimesAndLabelsStayShort() {
        DialogDriver driver = atScreenshot();
        driver.send("screen.png", Images.png());
        driver.press("files:done");
        assertThat(driver.step()).isEqualTo(Step.PRIORITY);
        assertThat(driver.lastText()).contains("1 часа", "2 часов", "8 часов", "24 часов");
        assertThat(driver.last().replies().getLast().buttons()).extracting(Button::label)
                .containsExactly("Критический", "Срочный", "Обычный", "Низкий");
    }

    @Test
    void summaryShowsEverythingWithConfirmAndEditButtons() {
        DialogDriver driver = atSummary();
        assertThat(driver.step()).isEqualTo(Step.SUMMARY);
        assertThat(driver.lastText()).contains(DESCRIPTION, "Иванова Анна Сергеевна", "Д-20417", "+79123456789",
                "screen.png", "Обычный");
        assertThat(driver.buttons()).contains("summary:confirm", "summary:edit-description", "summary:edit-name",
                "summary:edit-contract", "summary:edit-contact", "summary:edit-priority");
    }

    @Test
    void editingAFieldReturnsToTheSummary() {
        DialogDriver driver = atSummary();
        driver.press("summary:edit-priority");
        assertThat(driver.step()).isEqualTo(Step.PRIORITY);
        driver.press("priority:critical");
        assertThat(driver.step()).isEqualTo(Step.SUMMARY);
        driver.press("summary:edit-contact");
        driver.say("anna@example.ru");
        assertThat(driver.step()).isEqualTo(Step.SUMMARY);
        assertThat(driver.lastText()).contains("anna@example.ru", "Критический");
        driver.press("summary:edit-description");
        driver.say("Принтер снова не печатает, теперь мигает зелёная лампочка");
        assertThat(driver.step()).isEqualTo(Step.SUMMARY);
        assertThat(driver.lastText()).contains("мигает зелёная");
    }

    @Test
    void confirmingOpensTheTicketWithItsDueTime() {
        DialogDriver driver = atSummary();
        driver.press("summary:confirm");
        assertThat(driver.step()).isEqualTo(Step.OPENED);
        String number = driver.snapshot().ticketNumber();
        assertThat(number).matches("HL-\\d{6}");
        assertThat(driver.lastText()).contains("Заявка " + number + " зарегистрирована").contains("(МСК)");
        Ticket ticket = tickets.find(number).orElseThrow();
        assertThat(ticket.priority()).isEqualTo(Priority.NORMAL);
        assertThat(ticket.client().name()).isEqualTo("Иванова Анна Сергеевна");
        assertThat(ticket.client().channel()).isEqualTo("web");
        assertThat(ticket.attachments()).singleElement().satisfies(file -> {
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.sha256()).hasSize(64);
        });
        assertThat(ticket.responseDueAt()).isAfter(ticket.createdAt());
        assertThat(ticket.history()).extracting(h -> h.event()).containsExactly("consent", "opened");
    }

    @Test
    void aButtonFromAnEarlierStepIsNoticedAndIgnored() {
        DialogDriver driver = atSummary();
        IntakeSnapshot before = driver.snapshot();
        driver.press("consent:no");
        assertThat(driver.snapshot()).isEqualTo(before);
        assertThat(driver.last().replies().getFirst().text()).isEqualTo("Эта кнопка уже неактуальна.");
        driver.press("priority:low");
        assertThat(driver.snapshot().priority()).isEqualTo(Priority.NORMAL);
        driver.press("no-such-button");
        assertThat(driver.snapshot()).isEqualTo(before);
    }

    @Test
    void confirmingTwiceOpensOneTicket() {
        DialogDriver driver = atSummary();
        IntakeSnapshot summary = driver.snapshot();
        Turn first = dialog.handle(summary, Input.action("summary:confirm"), "web", "web:twice");
        Turn retried = dialog.handle(summary, Input.action("summary:confirm"), "web", "web:twice");
        assertThat(retried.snapshot().ticketNumber()).isEqualTo(first.snapshot().ticketNumber());
    }

    @Test
    void cancelAtAnyStepForgetsTheDraft() {
        for (String cancel : new String[]{"/cancel", "отмена", "Cancel", "/cancel@HelplineBot"}) {
            DialogDriver driver = atScreenshot();
            driver.send("screen.png", Images.png());
            driver.say(cancel);
            assertThat(driver.step()).as(cancel).isEqualTo(Step.CANCELLED);
            assertThat(driver.snapshot().name()).isNull();
            assertThat(driver.snapshot().files()).isEmpty();
            assertThat(driver.lastText()).contains("отменена");
        }
    }

    @Test
    void startBeginsAgainAndHelpExplainsWithoutMovingOn() {
        DialogDriver driver = atScreenshot();
        driver.say("/help");
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.last().replies().getFirst().text()).contains("/cancel");
        driver.say("/start");
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
        assertThat(driver.snapshot().name()).isNull();
    }

    @Test
    void afterTheTicketTheClientIsToldItIsRegistered() {
        DialogDriver driver = atSummary();
        driver.press("summary:confirm");
        String number = driver.snapshot().ticketNumber();
        driver.say("А когда ответят?");
        assertThat(driver.step()).isEqualTo(Step.OPENED);
        assertThat(driver.lastText()).contains(number);
    }

    @Test
    void aNewRequestOffersToReuseWhoTheClientSaidTheyWere() {
        DialogDriver driver = atSummary();
        driver.press("summary:confirm");
        driver.say("/new");
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
        driver.press("identity:reuse");
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
        driver.consentAndDescribe("Снова не печатает принтер, теперь в приёмной, горит красная лампочка");
        assertThat(driver.lastText()).contains("Иванова Анна Сергеевна", "Д-20417", "+79123456789");
        assertThat(driver.buttons()).containsExactly("identity:reuse");
        driver.press("identity:reuse");
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.snapshot().name()).isEqualTo("Иванова Анна Сергеевна");
        assertThat(driver.snapshot().contract()).isEqualTo("Д-20417");
        assertThat(driver.snapshot().files()).isEmpty();
    }

    @Test
    void aReturningClientMayStillTypeANewName() {
        DialogDriver driver = atSummary();
        driver.press("summary:confirm");
        driver.say("/start");
        driver.consentAndDescribe("Снова не печатает принтер, теперь в приёмной, горит красная лампочка");
        driver.say("Петрова Анна Сергеевна");
        assertThat(driver.step()).isEqualTo(Step.CONTRACT);
        assertThat(driver.snapshot().name()).isEqualTo("Петрова Анна Сергеевна");
    }

    @Test
    void nobodyIsRememberedAfterCancelling() {
        DialogDriver driver = atScreenshot();
        driver.say("/cancel");
        driver.say("/start");
        driver.consentAndDescribe(DESCRIPTION);
        assertThat(driver.buttons()).isEmpty();
        assertThat(driver.lastText()).doesNotContain("Д-20417");
    }

    @Test
    void englishSessionSpeaksEnglishAndAcceptsEnglishText() {
        DialogDriver driver = new DialogDriver(dialog, "en");
        assertThat(driver.lastText()).contains("consent");
        driver.consentAndDescribe("Outlook does not start after the update, error 0x800");
        assertThat(driver.step()).isEqualTo(Step.NAME);
        assertThat(driver.lastText()).contains("full name");
    }

    @Test
    void anUnknownLanguageFallsBackToRussian() {
        DialogDriver driver = new DialogDriver(dialog, "de");
        assertThat(driver.snapshot().lang()).isEqualTo("ru");
    }

    @Test
    void aDescriptionWithoutWordsIsRefusedWithAHint() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        for (String noWords : new String[]{"😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "??? 123 456 789 ... !!!"}) {
            Turn refused = driver.say(noWords);
            assertThat(driver.step()).as(noWords).isEqualTo(Step.DESCRIPTION);
            assertThat(refused.rejection()).isEqualTo(Rejection.TEXT_REFUSED);
            assertThat(driver.lastText()).contains("словами");
        }
        driver.say("Не печатает принтер 😡😡😡, горит оранжевая лампочка");
        assertThat(driver.step()).isIn(Step.NAME, Step.SUGGESTIONS);
    }

    @Test
    void aTooLongDescriptionIsRefusedAsTextTheClientMayShorten() {
        DialogDriver driver = russian();
        driver.press("consent:yes");
        assertThat(driver.say("Очень длинное описание. ".repeat(200)).rejection()).isEqualTo(Rejection.TEXT_REFUSED);
        assertThat(driver.say(DESCRIPTION).rejection()).isNull();
    }

    @Test
    void aNameMustLookLikeAName() {
        DialogDriver driver = russian();
        driver.consentAndDescribe(DESCRIPTION);
        for (String notAName : new String[]{"не работает", "12345 67890", "А Б", "помогите пожалуйста"}) {
            assertThat(driver.say(notAName).rejection()).as(notAName).isEqualTo(Rejection.TEXT_REFUSED);
            assertThat(driver.step()).as(notAName).isEqualTo(Step.NAME);
            assertThat(driver.lastText()).contains("ФИО");
        }
        driver.say("Иванова А.С.");
        assertThat(driver.step()).isEqualTo(Step.CONTRACT);
    }

    @Test
    void aContractNumberWithASpaceOrInLowerCaseIsNormalised() {
        DialogDriver driver = atContract();
        driver.say("д 20417");
        assertThat(driver.step()).isEqualTo(Step.CONTACT);
        assertThat(driver.snapshot().contract()).isEqualTo("Д-20417");
    }

    @Test
    void afterTwoFailedContractTriesThePhoneLineAndACallBackAreOffered() {
        DialogDriver driver = atContract();
        driver.say("договор");
        assertThat(driver.buttons()).isEmpty();
        driver.say("не знаю какой");
        assertThat(driver.step()).isEqualTo(Step.CONTRACT);
        assertThat(driver.buttons()).containsExactly("contract:callback");
        driver.say("#$%");
        assertThat(driver.lastText()).contains("+7 (800) 000-00-00", "будни, 10:00–18:00 по Москве", "Перезвоните мне");
        assertThat(driver.buttons()).containsExactly("contract:callback");

        driver.press("contract:callback");
        assertThat(driver.step()).isEqualTo(Step.CALLBACK);
        assertThat(driver.say("позвоните вечером").rejection()).isEqualTo(Rejection.TEXT_REFUSED);
        assertThat(driver.step()).isEqualTo(Step.CALLBACK);
        String intakeKey = driver.snapshot().intakeKey();
        driver.say("8 912 345-67-89");
        assertThat(driver.step()).isEqualTo(Step.CALLBACK_REQUESTED);
        assertThat(driver.lastText()).contains("перезвонит на +79123456789");
        assertThat(driver.buttons()).containsExactly("command:new", "command:tickets");
        assertThat(driver.snapshot().name()).isNull();
        assertThat(callBacks.all()).filteredOn(callBack -> callBack.id().equals(intakeKey)).singleElement()
                .satisfies(callBack -> {
                    assertThat(callBack.name()).isEqualTo("Иванова Анна Сергеевна");
                    assertThat(callBack.phone()).isEqualTo("+79123456789");
                    assertThat(callBack.description()).isEqualTo(DESCRIPTION);
                    assertThat(callBack.channel()).isEqualTo("web");
                });
    }

    @Test
    void notRememberingTheContractOffersTheCallBackAtOnce() {
        for (String forgot : new String[]{"не помню", "Я не знаю номер договора", "don't remember"}) {
            DialogDriver driver = atContract();
            driver.say(forgot);
            assertThat(driver.step()).as(forgot).isEqualTo(Step.CONTRACT);
            assertThat(driver.buttons()).as(forgot).containsExactly("contract:callback");
            assertThat(driver.lastText()).contains("+7 (800) 000-00-00");
            driver.say("Д-20417");
            assertThat(driver.step()).as("the number found after all").isEqualTo(Step.CONTACT);
        }
    }

    @Test
    void aClientWhoCannotMakeAScreenshotIsShownHowAndMaySendAPhotoOfTheScreen() {
        DialogDriver driver = atScreenshot();
        assertThat(driver.buttons()).containsExactly("screenshot:cannot");
        driver.press("screenshot:cannot");
        assertThat(driver.step()).isEqualTo(Step.SCREENSHOT);
        assertThat(driver.lastText()).contains("/kb/how-to-screenshot?lang=ru", "сфотографируйте экран");
        driver.send("report.pdf", "%PDF-1.4\n%test\n".getBytes());
        assertThat(driver.step()).as("the screenshot stays required").isEqualTo(Step.SCREENSHOT);
        driver.send("IMG_2041.jpg", Images.jpeg());
        assertThat(driver.step()).isEqualTo(Step.MORE_FILES);
        driver.press("screenshot:cannot");
        assertThat(driver.last().replies().getFirst().text()).isEqualTo("Эта кнопка уже неактуальна.");
    }

    @Test
    void aFileTheChannelDidNotFetchForItsSizeIsRefusedLikeAnyOther() {
        DialogDriver driver = atScreenshot();
        Turn refused = dialog.handle(driver.snapshot(), Input.tooLargeToFetch("huge.png"), "telegram", "telegram:1");
        assertThat(refused.rejection()).isEqualTo(Rejection.TOO_LARGE);
        assertThat(refused.replies().getLast().text()).contains("5 МБ");
        assertThat(refused.snapshot().step()).isEqualTo(Step.SCREENSHOT);
    }

    @Test
    void afterTheTicketANewRequestAndTheClientsTicketsAreButtons() {
        DialogDriver driver = atSummary();
        driver.press("summary:confirm");
        String number = driver.snapshot().ticketNumber();
        assertThat(driver.buttons()).containsExactly("command:new", "command:tickets");
        assertThat(driver.lastText()).doesNotContain("/start", "/new");
        assertThat(dialog.isCommand(Input.action("command:tickets"))).isTrue();
        driver.press("command:tickets");
        assertThat(driver.lastText()).contains("Ваши заявки", number + " — новая", "Не печатает принтер");
        assertThat(driver.step()).isEqualTo(Step.OPENED);
        driver.press("command:new");
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
    }

    @Test
    void helpListsEveryCommand() {
        DialogDriver driver = russian();
        driver.say("/help");
        assertThat(driver.last().replies().getFirst().text()).contains("/new", "/start", "/tickets", "/cancel", "/help",
                "+7 (800) 000-00-00");
        driver.say("/tickets");
        assertThat(driver.last().replies().getFirst().text()).contains("пока не было");
        assertThat(driver.step()).isEqualTo(Step.CONSENT);
    }

    @Test
    void theConsentAndPriorityQuestionsAreShortWithTheDetailsOneTapAway() {
        DialogDriver driver = russian();
        assertThat(driver.lastText()).hasSizeLessThan(300).contains("/kb/personal-data?lang=ru");
        DialogDriver priority = atScreenshot();
        priority.send("screen.png", Images.png());
        priority.press("files:done");
        assertThat(priority.lastText()).hasSizeLessThan(350).contains("/kb/priority-levels?lang=ru");
    }

    @Test
    void endingsAreSteps() {
        assertThat(Arrays.stream(Step.values()).filter(Step::isEnding))
                .containsExactly(Step.OPENED, Step.DECLINED, Step.SELF_RESOLVED, Step.CANCELLED, Step.REFUSED,
                        Step.CALLBACK_REQUESTED);
    }
}
