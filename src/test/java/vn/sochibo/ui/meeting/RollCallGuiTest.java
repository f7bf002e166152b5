package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.Styles;

/** The roll call on screen (headless), by keyboard only: 3 absent, 2 asks the reason, Enter records it, C present. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RollCallGuiTest {
    @TempDir
    static Path dir;
    private Services services;
    private TestUi t;

    @Start
    void start(Stage stage) {
        t = new TestUi();
        services = Services.open(dir.resolve("gui-" + System.nanoTime() + ".db"), TestUi.fixedClock());
        RollFixtures f = RollFixtures.write(services);
        RollCallViewModel vm = new RollCallViewModel(RollCallServices.of(services), t.ui, f.march);
        Scene scene = new Scene(new RollCallController(t.ui, vm).root(), 1400, 800);
        Styles.apply(scene, t.ui.settings());
        stage.setScene(scene);
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @SuppressWarnings("unchecked")
    @Test
    void keyboardOnly_marksAbsencesWithReasonAndPresence(FxRobot robot) {
        TableView<RollRow> table = robot.lookup("#rollTable").queryAs(TableView.class);
        TextField reason = robot.lookup("#reasonField").queryAs(TextField.class);
        assertSame(reason, robot.lookup("#reasonLabel").queryAs(Label.class).getLabelFor());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Vắng không lý do", table.getItems().get(0).mark());
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reason.isFocused());
        assertEquals("", reason.getText());
        robot.write("Ốm").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Vắng có lý do", table.getItems().get(1).mark());
        assertEquals("Ốm", table.getItems().get(1).reason());
        assertTrue(table.isFocused());
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Có mặt", table.getItems().get(2).mark());
        String counts = robot.lookup("#countsLabel").queryAs(Label.class).getText();
        assertTrue(counts.contains("Có mặt: 1 (chính thức 0, dự bị 1, sinh hoạt tạm thời 0)"), counts);
        assertTrue(counts.contains("có lý do: 1 (Trần Thị Bình – Ốm); không có lý do: 1 (Nguyễn Văn An)"), counts);
    }
}
