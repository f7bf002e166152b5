package vn.sochibo.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.AppSettings;

/** The app opens on the home screen of the sample branch; choosing a member reminder opens that member. */
@Tag("gui")
class HomeScreenGuiTest extends FxRobot {
    @TempDir
    Path dir;
    private TestUi t;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        t = new TestUi();
        FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("home.db");
        app = FxToolkit.setupApplication(() -> new App(new AppSettings(t.prefs), TestUi.fixedClock(), db));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        t.dispose();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReminderRow> reminders() {
        return lookup("#remindersTable").queryAs(TableView.class);
    }

    @Test
    void sampleBranch_enterOnAMemberReminder_opensThatMembersRecord() throws Exception {
        clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#remindersTable").tryQuery().isPresent()
                && !reminders().getItems().isEmpty());
        int index = -1;
        for (int i = 0; i < reminders().getItems().size() && index < 0; i++) {
            index = reminders().getItems().get(i).target() == ReminderRow.Target.MEMBER ? i : -1;
        }
        assertTrue(index >= 0, "the sample branch has a reminder about a member");
        ReminderRow chosen = reminders().getItems().get(index);
        int row = index;
        interact(() -> {
            reminders().getSelectionModel().select(row);
            reminders().requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#fullNameField").tryQuery().isPresent());
        assertEquals(chosen.subject(), lookup("#fullNameField").queryAs(TextField.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#attendanceChart")
                .queryAs(BarChart.class).getData().isEmpty());
        type(KeyCode.ESCAPE);
    }
}
