package vn.sochibo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
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
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.AppSettings;
import vn.sochibo.ui.member.MemberRow;

/** The first start as a secretary lives it: welcome, sample branch, search, edit a member, save. */
@Tag("gui")
class AppFlowTest extends FxRobot {
    @TempDir
    Path dir;
    private TestUi t;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        t = new TestUi();
        FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("flow.db");
        app = FxToolkit.setupApplication(() -> new App(new AppSettings(t.prefs), TestUi.fixedClock(), db));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        t.dispose();
    }

    @SuppressWarnings("unchecked")
    private TableView<MemberRow> table() {
        return lookup("#membersTable").queryAs(TableView.class);
    }

    @Test
    void firstStart_sampleBranchSearchEditSave_changesAreStored() throws Exception {
        clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#remindersTable").tryQuery().isPresent());
        clickOn("#membersNavButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#membersTable").tryQuery().isPresent()
                && table().getItems().size() >= 30);
        int all = table().getItems().size();
        assertTrue(all >= 30, "sample branch shows about 35 members, got " + all);

        clickOn("#searchField").write("nguyen");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table().getItems().isEmpty());
        assertTrue(table().getItems().size() < all);
        assertTrue(table().getItems().stream().allMatch(r -> r.fullName().contains("Nguyễn")));

        MemberRow chosen = table().getItems().get(0);
        interact(() -> {
            table().getSelectionModel().select(0);
            table().requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#phoneField").tryQuery().isPresent());
        interact(() -> lookup("#phoneField").query().requestFocus());
        clickOn("#phoneField").eraseText(20).write("0987 654 321");
        clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#phoneField").tryQuery().isPresent(), () -> "form still open: "
                + lookup("#issuesLabel").queryLabeled().getText());

        try (Services s = Services.openForReading(dir.resolve("flow.db"), TestUi.fixedClock())) {
            MemberHistory saved = s.members().get(chosen.id());
            assertEquals("0987 654 321", saved.member().contact().phone());
        }
    }
}
