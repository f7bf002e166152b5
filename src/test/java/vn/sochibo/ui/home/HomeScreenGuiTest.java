package vn.sochibo.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.App;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.service.Services;
import vn.sochibo.service.sample.SampleBranch;
import vn.sochibo.service.sample.SampleOptions;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.study.StudyRow;

/**
 * The app opens on the home screen of the sample branch; choosing a member reminder opens that member, choosing a
 * study reminder shows the study screen with that session chosen.
 */
@Tag("gui")
class HomeScreenGuiTest extends FxRobot {
    @TempDir
    Path dir;
    private TestUi t;
    private javafx.application.Application app;

    @BeforeEach
    void prefs() {
        t = new TestUi();
    }

    private void launch(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(new AppSettings(t.prefs), TestUi.fixedClock(), db));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        t.dispose();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReminderRow> reminders() {
        return lookup("#remindersTable").queryAs(TableView.class);
    }

    /** Waits for the reminders, chooses the first one that is {@code wanted} and presses Enter; returns it. */
    private ReminderRow enterOnFirst(String what, Predicate<ReminderRow> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#remindersTable").tryQuery().isPresent()
                && !reminders().getItems().isEmpty());
        int index = -1;
        for (int i = 0; i < reminders().getItems().size() && index < 0; i++) {
            index = wanted.test(reminders().getItems().get(i)) ? i : -1;
        }
        assertTrue(index >= 0, "a reminder " + what);
        ReminderRow chosen = reminders().getItems().get(index);
        int row = index;
        interact(() -> {
            reminders().getSelectionModel().select(row);
            reminders().requestFocus();
        });
        type(KeyCode.ENTER);
        return chosen;
    }

    @Test
    void sampleBranch_enterOnAMemberReminder_opensThatMembersRecord() throws Exception {
        launch(dir.resolve("home.db"));
        clickOn("#sampleButton");
        ReminderRow chosen = enterOnFirst("about a member", r -> r.target() == ReminderRow.Target.MEMBER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#fullNameField").tryQuery().isPresent());
        assertEquals(chosen.subject(), lookup("#fullNameField").queryAs(TextField.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#attendanceChart")
                .queryAs(BarChart.class).getData().isEmpty());
        type(KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void studySessionWithAnAbsentee_enterOnItsReminder_showsTheStudyScreenWithThatSessionChosen() throws Exception {
        Path db = dir.resolve("study.db");
        long sessionId;
        try (Services s = Services.open(db, TestUi.fixedClock())) {
            SampleBranch.create(s, new SampleOptions(SampleOptions.DEFAULT_MEMBERS, 1, SampleOptions.DEFAULT_SEED,
                    TestUi.TODAY));
            StudySession session = s.study().create(new StudySession(0, "80-NQ/TW", "Nghị quyết về phát triển văn hóa",
                    IssuingLevel.TRUNG_UONG, Organiser.WARD, LocalDate.of(2026, 11, 10), "Nhà văn hóa khu phố",
                    StudyForm.DIRECT, "Bí thư chi bộ", false));
            sessionId = session.id();
            long absent = s.study().summary(sessionId).entries().get(0).memberId();
            s.study().mark(sessionId, absent, AttendanceStatus.ABSENT_UNEXCUSED, "");
        }
        launch(db);
        ReminderRow chosen = enterOnFirst("about the session", r -> r.target() == ReminderRow.Target.STUDY
                && r.reminder().studySessionId() == sessionId);
        assertEquals(ReminderRow.Target.STUDY, chosen.target());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#sessionTable").tryQuery()
                .map(n -> ((TableView<StudyRow>) n).getSelectionModel().getSelectedItem())
                .filter(r -> r.id() == sessionId).isPresent());
    }
}
