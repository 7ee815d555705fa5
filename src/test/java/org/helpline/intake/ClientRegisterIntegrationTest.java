package org.helpline.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With a client register configured, contract and surname must match it; three misses end in a polite refusal. */
@SpringBootTest
@ActiveProfiles("test")
class ClientRegisterIntegrationTest {

    @DynamicPropertySource
    static void register(DynamicPropertyRegistry registry) throws IOException {
        Path csv = Files.createTempFile("clients", ".csv");
        Files.writeString(csv, "contract,surname\nД-20417,Иванова\n2024/115;Петров\n");
        registry.add("helpline.intake.client-register", csv::toString);
    }

    @Autowired
    IntakeDialog dialog;

    private DialogDriver atContract(String name) {
        DialogDriver driver = new DialogDriver(dialog, "ru");
        driver.consentAndDescribe("Не печатает принтер в бухгалтерии, горит оранжевая лампочка");
        driver.say(name);
        return driver;
    }

    @Test
    void aMatchingPairIsAcceptedWhateverTheCase() {
        DialogDriver driver = atContract("ИВАНОВА Анна Сергеевна");
        driver.say("д-20417");
        assertThat(driver.step()).isEqualTo(Step.CONTACT);
    }

    @Test
    void threeMissesEndInARefusalCitingTheRuleAndThePhone() {
        DialogDriver driver = atContract("Сидоров Иван Иванович");
        driver.say("Д-20417");
        assertThat(driver.step()).isEqualTo(Step.CONTRACT);
        assertThat(driver.lastText()).contains("Осталось попыток: 2");
        assertThat(driver.buttons()).containsExactly("contract:fix-name");
        driver.say("Д-20418");
        assertThat(driver.lastText()).contains("Осталось попыток: 1");
        driver.say("2024/115");
        assertThat(driver.step()).isEqualTo(Step.REFUSED);
        assertThat(driver.lastText()).contains("идентификации").contains("+7 (800) 000-00-00");
        assertThat(driver.snapshot().name()).isNull();
    }

    @Test
    void aMistypedSurnameCanBeCorrected() {
        DialogDriver driver = atContract("Иванва Анна Сергеевна");
        driver.say("Д-20417");
        driver.press("contract:fix-name");
        assertThat(driver.step()).isEqualTo(Step.NAME);
        driver.say("Иванова Анна Сергеевна");
        driver.say("Д-20417");
        assertThat(driver.step()).isEqualTo(Step.CONTACT);
    }
}
