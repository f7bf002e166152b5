package vn.sochibo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.member.MemberEditDialogController;
import vn.sochibo.ui.member.MemberEditDialogViewModel;
import vn.sochibo.ui.member.MemberEventDialogController;
import vn.sochibo.ui.member.MemberEventDialogViewModel;
import vn.sochibo.ui.member.MemberListController;
import vn.sochibo.ui.member.MemberListViewModel;
import vn.sochibo.ui.member.MemberScreens;
import vn.sochibo.ui.shell.MainWindowController;
import vn.sochibo.ui.welcome.WelcomeController;
import vn.sochibo.ui.welcome.WelcomeViewModel;

/** Loads every FXML view with its controller and checks that every @FXML field was injected. */
class FxmlViewsTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private MemberHistory member;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("v.db"), TestUi.fixedClock());
        member = services.members().save(MemberBuilder.member().build(), MemberEntry.admittedHere());
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    /** Each view, by FXML file name, with a way to build its controller. */
    private Map<String, Callable<FxmlController>> views() {
        Map<String, Callable<FxmlController>> views = new LinkedHashMap<>();
        views.put("WelcomeView.fxml", () -> new WelcomeController(t.ui, new WelcomeViewModel(t.ui, dir.resolve("w.db"),
                () -> null, s -> { })));
        views.put("MainWindowView.fxml", () -> new MainWindowController(t.ui,
                new vn.sochibo.ui.shell.OpenDatabase(services, TestUi.fixedClock(), () -> { }), () -> { }, () -> { }));
        views.put("MemberListView.fxml", () -> {
            MemberListViewModel vm = new MemberListViewModel(services.members(), t.ui);
            return new MemberListController(t.ui, vm, new MemberScreens(t.ui, services, vm, () -> null));
        });
        views.put("MemberEditDialogView.fxml", () -> new MemberEditDialogController(t.ui,
                new MemberEditDialogViewModel(services.members(), t.ui, member.member().id())));
        views.put("MemberEventDialogView.fxml", () -> new MemberEventDialogController(t.ui,
                new MemberEventDialogViewModel(t.ui, member, null)));
        views.put("HomeView.fxml", () -> new vn.sochibo.ui.home.HomeController(t.ui, new vn.sochibo.ui.home
                .HomeViewModel(t.ui, vn.sochibo.ui.home.HomeScreen.source(services), null), () -> null));
        FxmlViewsExtra.add(views, t, services, member, dir);
        return views;
    }

    /** A label with a mnemonic must say which control it moves the focus to (labelFor), or Alt+key does nothing. */
    private static void assertMnemonicLabelsPointAtAControl(String view, javafx.scene.Node node) {
        if (node instanceof javafx.scene.control.Label label && label.isMnemonicParsing()
                && label.getText() != null && label.getText().contains("_")) {
            assertNotNull(label.getLabelFor(), view + ": label '" + label.getText() + "' has no labelFor");
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                assertMnemonicLabelsPointAtAControl(view, child);
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            assertMnemonicLabelsPointAtAControl(view, scroll.getContent());
        }
    }

    @Test
    void everyView_isCoveredByThisTest() throws Exception {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(Path.of("src/main/resources/vn/sochibo/ui"))) {
            all.filter(p -> p.toString().endsWith(".fxml")).forEach(p -> files.add(p.getFileName().toString()));
        }
        assertEquals(files, new TreeSet<>(views().keySet()));
    }

    @Test
    void everyView_loadsWithAllFieldsInjected() throws Exception {
        for (Map.Entry<String, Callable<FxmlController>> view : views().entrySet()) {
            FxmlController controller = WaitForAsyncUtils.asyncFx(() -> {
                FxmlController c = view.getValue().call();
                c.root();
                return c;
            }).get();
            assertMnemonicLabelsPointAtAControl(view.getKey(), controller.root());
            for (Class<?> type = controller.getClass(); type != FxmlController.class; type = type.getSuperclass()) {
                for (Field f : type.getDeclaredFields()) {
                    if (f.isAnnotationPresent(FXML.class)) {
                        f.setAccessible(true);
                        assertNotNull(f.get(controller), view.getKey() + ": " + f.getName() + " was not injected");
                    }
                }
            }
        }
    }
}
