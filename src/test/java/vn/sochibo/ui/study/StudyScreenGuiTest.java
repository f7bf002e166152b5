package vn.sochibo.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.Screen;
import vn.sochibo.ui.common.Styles;

/** The study screen on screen (headless): add a session through the form, then mark its roll by keys. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class StudyScreenGuiTest {
    @TempDir
    static Path dir;
    private Services services;
    private TestUi t;

    @Start
    void start(Stage stage) {
        t = new TestUi();
        services = Services.open(dir.resolve("gui-" + System.nanoTime() + ".db"), TestUi.fixedClock());
        RollFixtures.write(services);
        Screen screen = StudyScreen.create(t.ui, services, () -> stage);
        Scene scene = new Scene(screen.root(), 1300, 750);
        Styles.apply(scene, t.ui.settings());
        stage.setScene(scene);
        stage.show();
        screen.refresh();
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @SuppressWarnings("unchecked")
    @Test
    void addSessionThenRollByKeys_storedInTheDatabase(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#symbolField").tryQuery().isPresent());
        robot.clickOn("#symbolField").write("18-NQ/TW");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problemLabel").queryAs(Label.class).getText().startsWith("Tên văn bản"));
        robot.clickOn("#titleField").write("Nghi quyet Hoi nghi lan thu sau");
        robot.clickOn("#reflectionBox");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<StudyRow> sessions = robot.lookup("#sessionTable").queryAs(TableView.class);
        assertEquals(1, sessions.getItems().size());
        assertEquals("21/11/2026", sessions.getItems().get(0).date());
        assertEquals(sessions.getItems().get(0), sessions.getSelectionModel().getSelectedItem());
        robot.clickOn("#rollButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#rollTable").tryQuery().isPresent());
        TableView<StudyRollRow> roll = robot.lookup("#rollTable").queryAs(TableView.class);
        robot.interact(() -> {
            roll.requestFocus();
            roll.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();

        StudySummary stored = services.study().sessions(2026).get(0);
        assertEquals("18-NQ/TW", stored.session().documentSymbol());
        assertTrue(stored.session().reflectionRequired());
        assertEquals(AttendanceStatus.PRESENT, mark(stored, "Nguyễn Văn An"));
        assertEquals(AttendanceStatus.ABSENT_UNEXCUSED, mark(stored, "Trần Thị Bình"));
        String counts = robot.lookup("#countsLabel").queryAs(Label.class).getText();
        assertTrue(counts.contains("Tỷ lệ tham gia: 33,3% < 95% (CHƯA ĐẠT)"), counts);
    }

    private static AttendanceStatus mark(StudySummary s, String name) {
        StudyEntry e = s.entries().stream().filter(x -> x.fullName().equals(name)).findFirst().orElseThrow();
        return e.mark() == null ? null : e.mark().status();
    }
}
