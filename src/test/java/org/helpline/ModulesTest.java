package org.helpline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries as a whole: every module is reached only through its root package with no cycle between modules,
 * no cycle between any two packages either, and the store is touched only by the modules that keep data.
 */
class ModulesTest {

    private static final String[] MONGO = {"org.springframework.data.mongodb..", "com.mongodb.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.helpline");
    }

    @Test
    void modulesAreReachedOnlyThroughTheirApi() {
        ApplicationModules.of(HelplineApplication.class).verify();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.helpline.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheModulesThatKeepDataTouchTheStore() {
        noClasses().that().resideOutsideOfPackages("org.helpline.store..", "org.helpline.tickets..",
                        "org.helpline.conversation..", "org.helpline.outbox..", "org.helpline.attachments..",
                        "org.helpline.intake..", "org.helpline.knowledge..", "org.helpline.console..", "org.helpline.erasure..",
                        "org.helpline.channels..")
                .should().dependOnClassesThat().resideInAnyPackage(MONGO)
                .because("the API, dialogs, handoff and reports work through the modules that own the collections")
                .check(classes);
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage(MONGO)
                .because("a controller asks its module, which owns the collection")
                .check(classes);
    }
}
