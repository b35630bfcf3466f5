package dev.neurite;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages of model-core form a hierarchy: no two of them depend on each other, directly or around a loop (a
 * package with its subpackages is one slice: {@code data} holds {@code data.download}).
 */
class PackageCyclesTest {

    @Test
    void modelCorePackagesHaveNoCycles() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.neurite");
        slices().matching("dev.neurite.(*)..").should().beFreeOfCycles().check(core);
    }
}
