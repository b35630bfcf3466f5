package dev.neurite;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** model-core is the UI-free core: nothing in it may use JavaFX, ControlsFX or JFreeChart. */
class LayeringTest {

    @Test
    void modelCoreUsesNoUiLibrary() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.neurite");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree..")
                .because("model-core must run headless and be usable from the command line")
                .check(core);
    }
}
