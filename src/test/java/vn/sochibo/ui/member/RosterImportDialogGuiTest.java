package vn.sochibo.ui.member;

import vn.sochibo.testutil.FakeDialogs;
import vn.sochibo.testutil.TestUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterFixtures;

/** The import dialog on screen (headless): every view element is there, Enter imports, Escape closes. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RosterImportDialogGuiTest {
    @TempDir
    static Path dir;
    private Services services;
    private RosterImportDialogViewModel vm;
    private RosterImportDialogController controller;

    @Start
    void start(Stage stage) {
        services = RosterFixtures.open(dir.resolve("gui-" + System.nanoTime() + ".db"));
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng")
                .row(2, "Nguyễn Văn An", "Nam", "12/03/1950", "19/05/1975")
                .row(3, "Trần Thị Bích", "Nữ", "01/08/1962", "03/02/1990")
                .write(dir.resolve("gui-" + System.nanoTime() + ".xlsx"));
        FakeDialogs dialogs = new FakeDialogs().answering(file);
        vm = new RosterImportDialogViewModel(TestUi.context(dialogs, RosterFixtures.CLOCK), RosterFixtures.roster(services));
        vm.chooseFile();
        vm.load();
        controller = new RosterImportDialogController(TestUi.context(dialogs, RosterFixtures.CLOCK), vm);
        stage.setScene(new Scene(controller.root(), 1000, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void view_everyFxmlFieldIsInjected() throws IllegalAccessException {
        for (Field f : RosterImportDialogController.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(FXML.class)) {
                f.setAccessible(true);
                assertNotNull(f.get(controller), f.getName());
            }
        }
    }

    @Test
    void enter_onCleanFile_importsEveryMember(FxRobot robot) {
        TableView<?> members = robot.lookup("#membersTable").queryAs(TableView.class);
        assertEquals(2, members.getItems().size());
        Button importButton = robot.lookup("#importButton").queryButton();
        assertFalse(importButton.isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, services.members().count());
        assertTrue(vm.closedProperty().get());
    }

    @Test
    void escape_closesWithoutWriting(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.closedProperty().get());
        assertEquals(0, services.members().count());
    }
}
