package vn.sochibo.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.service.Services;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.Styles;

/** The journal screen on screen (headless): the lines in the table, and a date typed by keyboard filtering them. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class JournalScreenGuiTest {
    @TempDir
    static Path dir;
    private Services services;
    private TestUi t;

    @Start
    void start(Stage stage) {
        t = new TestUi();
        services = Services.open(dir.resolve("gui-" + System.nanoTime() + ".db"), TestUi.fixedClock());
        for (String at : new String[] {"2026-10-02T08:15", "2026-11-20T21:05"}) {
            Clock clock = Clock.fixed(LocalDateTime.parse(at).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            new JournalService(services.database(), clock, "bithu").record(JournalAction.MEMBER_CREATED,
                    "Nguyễn Văn An", "member.event.ADMITTED|1975-05-19");
        }
        JournalViewModel vm = new JournalViewModel(services.journal(), t.ui);
        Scene scene = new Scene(new JournalController(t.ui, vm).root(), 1200, 500);
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

    @Test
    void typedStartDate_onLeavingTheField_filtersTheTable(FxRobot robot) {
        TableView<?> table = robot.lookup("#journalTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        assertSame(from, robot.lookup("#fromLabel").queryAs(Label.class).getLabelFor());
        robot.clickOn(from.getEditor()).write("01/11/2026").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        assertEquals("Đang hiện 1 dòng nhật ký. Nhật ký chỉ được ghi thêm, không sửa, không xóa.",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }
}
