package org.helpline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of design.md: each library is touched by one module only, modules depend only on
 * the modules they may use, sub-packages are internal to their module, and there are no cycles.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.helpline");
    }

    private static void onlyTouches(String library, String... owners) {
        noClasses().that().resideOutsideOfPackages(owners)
                .should().dependOnClassesThat().resideInAnyPackage(library)
                .because(library + " belongs to " + String.join(", ", owners))
                .check(classes);
    }

    @Test
    void onlyTheIntakeStateMachineTouchesSpringStatemachine() {
        noClasses().that().doNotHaveFullyQualifiedName("org.helpline.intake.IntakeMachine")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.statemachine..")
                .because("the intake's steps, guards and stale buttons are decided in IntakeMachine alone")
                .check(classes);
    }

    @Test
    void onlyTheKnowledgeModuleTouchesLuceneAndMorfologik() {
        onlyTouches("org.apache.lucene..", "org.helpline.knowledge..");
        onlyTouches("morfologik..", "org.helpline.knowledge..");
    }

    @Test
    void theKnowledgeModuleShowsOnlyItsApi() {
        classes().that().resideInAPackage("org.helpline.knowledge..").and().haveModifier(JavaModifier.PUBLIC)
                .should().resideInAPackage("org.helpline.knowledge")
                .check(classes);
        classes().that().resideInAPackage("org.helpline.knowledge..").and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleNameStartingWith("KnowledgeBase")
                .orShould().haveSimpleNameStartingWith("Suggestion")
                .orShould().haveSimpleNameEndingWith("Stats")
                .orShould().haveSimpleName("QueryCount")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesTheEmbeddedServer() {
        onlyTouches("de.bwaldvogel..", "org.helpline.store..");
    }

    @Test
    void onlyTheWebChatAndTheTelegramOutboxTouchRateLimitBuckets() {
        onlyTouches("io.github.bucket4j..", "org.helpline.channels.web..", "org.helpline.channels.telegram..");
    }

    @Test
    void onlyTheTelegramChannelTouchesTelegramBots() {
        onlyTouches("org.telegram..", "org.helpline.channels.telegram..");
    }

    @Test
    void onlyTheDiscordChannelTouchesJda() {
        onlyTouches("net.dv8tion..", "org.helpline.channels.discord..");
    }

    @Test
    void onlyTheMailChannelTouchesMailLibraries() {
        onlyTouches("jakarta.mail..", "org.helpline.channels.mail..");
        onlyTouches("org.springframework.mail..", "org.helpline.channels.mail..");
        onlyTouches("org.eclipse.angus..", "org.helpline.channels.mail..");
    }

    @Test
    void channelsAreReachedByNobody() {
        noClasses().that().resideOutsideOfPackage("org.helpline.channels..")
                .should().dependOnClassesThat().resideInAPackage("org.helpline.channels..")
                .check(classes);
    }

    @Test
    void theOutboxIsUsedByChannelsOnlyAndKnowsNoneOfThem() {
        noClasses().that().resideOutsideOfPackages("org.helpline.outbox..", "org.helpline.channels..")
                .should().dependOnClassesThat().resideInAPackage("org.helpline.outbox..")
                .check(classes);
        noClasses().that().resideInAPackage("org.helpline.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.helpline.channels..",
                        "org.helpline.handoff..", "org.helpline.intake..")
                .check(classes);
    }

    @Test
    void theTelegramSidesPlugIntoItsPlumbingAndNeverUseEachOther() {
        sidesPlugIntoThePlumbing("org.helpline.channels.telegram", "botapi");
    }

    @Test
    void theDiscordSidesPlugIntoItsPlumbingAndNeverUseEachOther() {
        sidesPlugIntoThePlumbing("org.helpline.channels.discord", "bot");
    }

    /** A messenger's plumbing knows neither its client nor its staff side, they never use each other, nobody else uses any. */
    private void sidesPlugIntoThePlumbing(String channel, String plumbing) {
        noClasses().that().resideInAPackage(channel + "." + plumbing + "..")
                .should().dependOnClassesThat().resideInAnyPackage(channel + ".client..", channel + ".staff..")
                .check(classes);
        noClasses().that().resideInAPackage(channel + ".client..")
                .should().dependOnClassesThat().resideInAPackage(channel + ".staff..")
                .check(classes);
        noClasses().that().resideInAPackage(channel + ".staff..")
                .should().dependOnClassesThat().resideInAPackage(channel + ".client..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(channel + "..")
                .should().dependOnClassesThat().resideInAPackage(channel + "..")
                .check(classes);
    }

    @Test
    void reportsReadTheTicketsThroughTheirApiAndAreReachedByNobody() {
        noClasses().that().resideOutsideOfPackage("org.helpline.reports..")
                .should().dependOnClassesThat().resideInAPackage("org.helpline.reports..")
                .check(classes);
        classes().that().resideInAPackage("org.helpline.reports..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.helpline..").or(resideInAnyPackage(
                        "org.helpline.reports..", "org.helpline.tickets", "org.helpline.api", "org.helpline.dialogs",
                        "org.helpline.store")))
                .because("a report only reads what the tickets module offers, answers like the rest of the API, "
                        + "and refreshes its gauges as every scheduled job does")
                .check(classes);
        classes().that().resideInAPackage("org.helpline.reports..").and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleNameEndingWith("Settings")
                .check(classes);
    }

    @Test
    void modulesUseOnlyWhatTheyMay() {
        ArchRule lowerModules = noClasses()
                .that().resideInAnyPackage("org.helpline.tickets..", "org.helpline.knowledge..",
                        "org.helpline.dialogs..", "org.helpline.attachments..", "org.helpline.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.helpline.intake..",
                        "org.helpline.handoff..", "org.helpline.channels..");
        lowerModules.check(classes);
        noClasses().that().resideInAnyPackage("org.helpline.tickets..", "org.helpline.knowledge..",
                        "org.helpline.dialogs..", "org.helpline.store..")
                .should().dependOnClassesThat().resideInAPackage("org.helpline.conversation..")
                .check(classes);
        classes().that().resideInAPackage("org.helpline.conversation..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.helpline..")
                        .or(resideInAnyPackage("org.helpline.conversation..", "org.helpline.store..")))
                .because("the conversation owns the messaging vocabulary and routes to handlers it does not know")
                .check(classes);
        noClasses().that().resideInAPackage("org.helpline.intake..")
                .should().dependOnClassesThat().resideInAnyPackage("org.helpline.handoff..", "org.helpline.channels..")
                .check(classes);
    }

    @Test
    void theHandoffIsReachedOnlyByChannelsAndTheConsole() {
        noClasses().that().resideOutsideOfPackages("org.helpline.handoff..", "org.helpline.channels..", "org.helpline.console..")
                .should().dependOnClassesThat().resideInAPackage("org.helpline.handoff..")
                .because("the conversation reaches the engineers' side through the ConversationHandler it implements")
                .check(classes);
    }

    @Test
    void onlyTheConsoleTouchesSpringSecurity() {
        onlyTouches("org.springframework.security..", "org.helpline.console..");
    }

    @Test
    void theConsoleShowsOnlyItsCommandLineAndIsReachedOnlyByTheApplication() {
        classes().that().resideInAPackage("org.helpline.console..").and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleName("AdminCommand")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.helpline.console..", "org.helpline")
                .should().dependOnClassesThat().resideInAPackage("org.helpline.console..")
                .check(classes);
    }
}
