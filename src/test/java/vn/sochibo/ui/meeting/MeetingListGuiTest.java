package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
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
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.Styles;

/** The meetings screen on screen (headless): planning the year, deleting by keyboard, handing actions on. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class MeetingListGuiTest {
    @TempDir
    static Path dir;
    private Services services;
    private TestUi t;
    private final List<String> called = new ArrayList<>();

    @Start
    void start(Stage stage) {
        t = new TestUi();
        services = Services.open(dir.resolve("gui-" + System.nanoTime() + ".db"), TestUi.fixedClock());
        MeetingListViewModel vm = new MeetingListViewModel(services.meeting().meetings(), t.ui);
        MeetingDialogs dialogs = new MeetingDialogs(t.ui, services.meeting(), List::of, () -> null, () -> stage);
        Scene scene = new Scene(new MeetingListController(t.ui, vm, dialogs, recorder()).root(), 1200, 700);
        Styles.apply(scene, t.ui.settings());
        stage.setScene(scene);
        stage.show();
        vm.load();
    }

    private MeetingActions recorder() {
        return new MeetingActions() {
            @Override
            public void openRollCall(Meeting m) {
                called.add("roll " + m.date());
            }

            @Override
            public void openMinutes(Meeting m) {
                called.add("minutes " + m.date());
            }

            @Override
            public void exportMinutes(Meeting m) {
                called.add("docx " + m.date());
            }

            @Override
            public void exportResolution(Meeting m) {
                called.add("resolution " + m.date());
            }

            @Override
            public void print(Meeting m) {
                called.add("print " + m.date());
            }

            @Override
            public void printAgenda(Meeting m) {
                called.add("agenda " + m.date());
            }

            @Override
            public void printInvitation(Meeting m) {
                called.add("invitation " + m.date());
            }

            @Override
            public void printSignInSheet(Meeting m) {
                called.add("sign-in " + m.date());
            }

            @Override
            public void exportAttendanceYear(int year) {
                called.add("year " + year);
            }
        };
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void planThenDeleteKeyAndRollCall_workFromTheScreen(FxRobot robot) {
        robot.clickOn("#planButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#meetingTable").queryAs(TableView.class);
        assertEquals(16, table.getItems().size());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#rollCallButton");
        robot.clickOn("#attendanceYearButton");
        assertEquals(List.of("roll 2026-02-01", "year 2026"), called);
    }

    @Test
    void rollCall_noMeetingChosen_asksToChooseOne(FxRobot robot) {
        robot.clickOn("#rollCallButton");
        assertEquals(List.of("Hãy chọn một kỳ sinh hoạt trong bảng trước."), t.dialogs.infos);
        assertEquals(List.of(), called);
    }
}
