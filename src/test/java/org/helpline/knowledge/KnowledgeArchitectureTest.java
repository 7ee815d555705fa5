package org.helpline.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The knowledge module's boundary: Lucene stays inside it, and only its API is public. */
class KnowledgeArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.helpline");

    @Test
    void onlyTheKnowledgeModuleTouchesLucene() {
        noClasses().that().resideOutsideOfPackage("org.helpline.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "morfologik..")
                .check(MAIN);
    }

    @Test
    void onlyTheApiIsPublic() {
        classes().that().resideInAPackage("org.helpline.knowledge..").and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleName("KnowledgeBase").orShould().haveSimpleName("Suggestion")
                .check(MAIN);
    }
}
