package vn.sochibo.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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
import vn.sochibo.service.backup.BackupService;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

/** The screen on display (headless): "Sao lưu ngay", a change, then "Khôi phục" brings the data back. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class BackupGuiTest {
    @TempDir
    static Path dir;
    private final TestUi t = new TestUi();
    private Services services;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("gui-" + System.nanoTime()).resolve("sochibo.db");
        services = Services.open(db, TestUi.fixedClock());
        services.members().save(MemberBuilder.member().name("Nguyễn Văn An").build(), MemberEntry.admittedHere());
        FakeDatabaseHandle handle = new FakeDatabaseHandle(services.file());
        handle.onClose = f -> services.close();
        handle.onReopen = f -> services = Services.open(f, TestUi.fixedClock());
        BackupController controller = new BackupController(t.ui, new BackupViewModel(t.ui,
                new BackupService(TestUi.fixedClock()), handle));
        stage.setScene(new Scene(controller.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void backupNowThenRestore_bringsBackTheDataAndKeepsTheReplacedData(FxRobot robot) {
        TableView<?> table = robot.lookup("#backupsTable").queryAs(TableView.class);
        assertEquals(0, table.getItems().size());
        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());

        services.members().save(MemberBuilder.member().name("Trần Thị Bình").female().build(),
                MemberEntry.admittedHere());
        assertEquals(2, services.members().count());

        robot.clickOn(robot.lookup("#backupsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, t.dialogs.confirmations.size());
        assertEquals(1, services.members().count());
        assertEquals(2, table.getItems().size());
        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Đã khôi phục dữ liệu"));
    }
}
