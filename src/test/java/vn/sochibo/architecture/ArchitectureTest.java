package vn.sochibo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of architecture.md: ui and cli on top, service, then store and export, model at the bottom. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.sochibo");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void model_dependsOnNoOtherLayerAndNoLibrary() {
        check(noClasses().that().resideInAPackage("vn.sochibo.model..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.sochibo.store..", "vn.sochibo.service..", "vn.sochibo.export..",
                        "vn.sochibo.ui..", "vn.sochibo.cli..", "javafx..", "java.sql..", "org.apache.poi..",
                        "org.sqlite..", "picocli..", "org.controlsfx.."));
    }

    @Test
    void storeAndExport_dependOnlyOnModel() {
        check(noClasses().that().resideInAnyPackage("vn.sochibo.store..", "vn.sochibo.export..").should()
                .dependOnClassesThat().resideInAnyPackage("vn.sochibo.service..", "vn.sochibo.ui..",
                        "vn.sochibo.cli.."));
        check(noClasses().that().resideInAPackage("vn.sochibo.store..").should().dependOnClassesThat()
                .resideInAPackage("vn.sochibo.export.."));
        // allowed to be empty until the export package is written
        check(noClasses().that().resideInAPackage("vn.sochibo.export..").should().dependOnClassesThat()
                .resideInAPackage("vn.sochibo.store..").allowEmptyShould(true));
    }

    @Test
    void service_dependsOnNeitherUiNorCli() {
        check(noClasses().that().resideInAPackage("vn.sochibo.service..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.sochibo.ui..", "vn.sochibo.cli..", "javafx.."));
    }

    @Test
    void uiAndCli_doNotDependOnEachOtherOrOnStorageDetails() {
        check(noClasses().that().resideInAPackage("vn.sochibo.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.sochibo.cli..", "java.sql..", "org.apache.poi..", "org.sqlite.."));
        check(noClasses().that().resideInAPackage("vn.sochibo.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.sochibo.ui..", "javafx.."));
    }

    @Test
    void libraries_areConfinedToTheirLayer() {
        check(noClasses().that().resideOutsideOfPackage("vn.sochibo.store..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite.."));
        check(noClasses().that().resideOutsideOfPackage("vn.sochibo.export..").should().dependOnClassesThat()
                .resideInAPackage("org.apache.poi.."));
        check(noClasses().that().resideOutsideOfPackages("vn.sochibo.ui..").and().doNotHaveFullyQualifiedName(
                "vn.sochibo.App").should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx.."));
    }

    @Test
    void viewModels_neverTouchTheSceneGraph() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAPackage("javafx.scene.."));
    }

    @Test
    void consoleOutput_onlyInCli() {
        check(noClasses().that().resideOutsideOfPackage("vn.sochibo.cli..").should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err"));
    }

    @Test
    void noClass_dependsOnTheNetworkPackages() {
        // the app is offline by design: member data never leaves this computer through the program itself
        check(noClasses().that().resideInAPackage("vn.sochibo..").should().dependOnClassesThat()
                .resideInAnyPackage("java.net..", "javax.net..", "java.net.http.."));
    }

    @Test
    void noClass_handsNetworkTypesFromOneLibraryCallToAnother() {
        // a URL passed straight from one library call to another (getResource into FXMLLoader) is no dependency
        // by the previous rule, so calls that take or give network types are refused too
        DescribedPredicate<JavaClass> network = JavaClass.Predicates.resideInAnyPackage("java.net..", "javax.net..");
        check(noClasses().that().resideInAPackage("vn.sochibo..").should().callCodeUnitWhere(DescribedPredicate
                .describe("it takes or returns a java.net or javax.net type", call -> network.test(
                        call.getTarget().getRawReturnType())
                        || call.getTarget().getRawParameterTypes().stream().anyMatch(network))));
    }

    @Test
    void packages_haveNoCycles() {
        check(slices().matching("vn.sochibo.(*)..").should().beFreeOfCycles());
        check(slices().matching("vn.sochibo.ui.(*)..").should().beFreeOfCycles());
        check(slices().matching("vn.sochibo.model.(*)..").should().beFreeOfCycles());
    }
}
