package vn.sochibo.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
import vn.sochibo.service.report.ReportFixtures;
import vn.sochibo.ui.common.ManualScheduler;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.testutil.TestUi;

/** The reports screen on screen (headless): a free text typed, saved with the button, and there on reopening. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ReportScreenGuiTest {
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    @TempDir
    static Path dir;
    private Services services;
    private TestUi t;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        t = new TestUi();
        services = Services.open(dir.resolve("gui-" + System.nanoTime() + ".db"), TestUi.fixedClock());
        ReportFixtures.write(services);
        show();
    }

    private void show() {
        ReportViewModel vm = new ReportViewModel(services, t.ui, new ManualScheduler(), (doc, save) -> { });
        Scene scene = new Scene(new ReportController(t.ui, vm).root(), 1200, 800);
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
    void typedIdeology_savedWithTheButton_isThereWhenTheScreenOpensAgain(FxRobot robot) {
        ComboBox<YearMonth> month = robot.lookup("#monthBox").queryComboBox();
        robot.interact(() -> month.setValue(FEBRUARY));
        ListView<?> figures = robot.lookup("#figuresList").queryAs(ListView.class);
        assertEquals("Kết nạp trong tháng: 1 (Hoàng Văn Em)", figures.getItems().get(1));
        TextArea ideology = robot.lookup("#ideologyArea").queryAs(TextArea.class);
        assertSame(ideology, robot.lookup("#ideologyLabel").queryAs(Label.class).getLabelFor());

        robot.clickOn(ideology).write("Tư tưởng đảng viên ổn định.");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Đã lưu lúc 00:00", robot.lookup("#savedLabel").queryAs(Label.class).getText());

        robot.interact(this::show);
        robot.interact(() -> robot.lookup("#monthBox").<YearMonth>queryComboBox().setValue(FEBRUARY));
        assertEquals("Tư tưởng đảng viên ổn định.", robot.lookup("#ideologyArea").queryAs(TextArea.class).getText());
    }
}
