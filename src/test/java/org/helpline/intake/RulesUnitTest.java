package org.helpline.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text rules of the intake: transliteration, identity, cleaning and commands. */
class RulesUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Ne rabotaet pochta v outlook, pomogite pozhaluysta",
            "Printer HP ne pechataet uzhe dva dnya",
            "Zdravstvuyte, u nas slomalsya kompyuter v buhgalterii",
            "pochemu ne otkryvaetsya sayt kompanii segodnya"})
    void russianInLatinLettersIsRecognised(String text) {
        assertThat(Transliteration.looksTransliterated(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Outlook does not start after the update, error 0x800CCC0E",
            "Не работает Outlook, ошибка 0x800CCC0E при отправке письма",
            "The printer in the office is not working since Monday",
            "Error: ORA-12154 TNS could not resolve the connect identifier"})
    void englishAndRussianAreNotTakenForTransliteration(String text) {
        assertThat(Transliteration.looksTransliterated(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Иванова Анна Сергеевна", "Иванова А.С.", "Салтыков-Щедрин Михаил", "O'Brien John"})
    void plausibleFullNamesAreAccepted(String name) {
        assertThat(Identity.fullName(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Анна", "12345 67890", "Иванова Анна Сергеевна Петровна Лишняя", "<script> alert",
            "не работает", "Не работает принтер", "А Б", "Иванова 1", "not working", "ввв ппп", "помогите пожалуйста"})
    void implausibleNamesAreRefused(String name) {
        assertThat(Identity.fullName(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Д-20417", "2024/115", "№ 7781", "AB-12/2024"})
    void contractNumbersOfTheDefaultShapeAreAccepted(String contract) {
        assertThat(Identity.contract(contract, new IntakeSettings(0, 0, null, null, 0).contractPattern())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Д 20417", "д-20417", "д 20417", "Д - 20417", "договор № Д-20417", "Договор д20417"})
    void contractNumbersWithASpaceOrInLowerCaseAreNormalised(String contract) {
        assertThat(Identity.contract(contract, new IntakeSettings(0, 0, null, null, 0).contractPattern()))
                .hasValueSatisfying(normalised -> assertThat(normalised).startsWith("Д").endsWith("20417")
                        .doesNotContain(" "));
        assertThat(Identity.contract("2024 / 115", new IntakeSettings(0, 0, null, null, 0).contractPattern()))
                .hasValue("2024/115");
    }

    @ParameterizedTest
    @ValueSource(strings = {"договор", "12_34", "--", "2024//115", "не помню"})
    void otherContractNumbersAreRefused(String contract) {
        assertThat(Identity.contract(contract, new IntakeSettings(0, 0, null, null, 0).contractPattern())).isEmpty();
    }

    @Test
    void phonesAndEmailsAreTold() {
        assertThat(Identity.contact("8 (912) 345-67-89")).hasValue(new Identity.Contact("+79123456789", null));
        assertThat(Identity.contact("+44 20 7946 0958")).hasValue(new Identity.Contact("+442079460958", null));
        assertThat(Identity.contact("anna@example.ru")).hasValue(new Identity.Contact(null, "anna@example.ru"));
        assertThat(Identity.contact("12345")).isEmpty();
        assertThat(Identity.contact("anna@example")).isEmpty();
    }

    @Test
    void cleanTextDropsInvisibleAndOverrideCharactersButKeepsLines() {
        assertThat(CleanText.of("  При\u200Bнтер\u202E\n не\u2066 печатает\u0000 ")).isEqualTo("Принтер\n не печатает");
        assertThat(CleanText.line("Иванова \n  Анна")).isEqualTo("Иванова Анна");
    }

    @Test
    void commandsAreRecognisedOnlyAsTheWholeMessage() {
        assertThat(Command.of("/start")).hasValue(Command.START);
        assertThat(Command.of("/start@HelplineBot")).hasValue(Command.START);
        assertThat(Command.of(" Отмена! ")).hasValue(Command.CANCEL);
        assertThat(Command.of("/HELP")).hasValue(Command.HELP);
        assertThat(Command.of("отмена заказа не работает")).isEmpty();
    }
}
