package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingFixtures;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.FxScheduler;

/** The minute-taker's evening: type, pause, Ctrl+Enter to the next item, insert a speaker, adopt the minutes. */
@Tag("gui")
class LiveMinutesFlowTest extends FxRobot {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private List<Long> items;
    private Meeting meeting;
    private LiveMinutesController controller;

    @BeforeEach
    void start() throws Exception {
        t = new TestUi();
        services = Services.open(dir.resolve("live.db"), TestUi.fixedClock());
        meeting = MeetingFixtures.meeting(services.database(), DAY);
        items = MeetingFixtures.items(services.database(), meeting.id(), "Khai mạc", "Thảo luận", "Kết luận");
        LiveMinutesSources sources = new LiveMinutesSources(id -> MeetingFixtures.agenda(services.database(), id),
                id -> MeetingUiFixtures.roll(DAY), id -> "BIÊN BẢN\nToàn văn");
        LiveMinutesViewModel vm = new LiveMinutesViewModel(services.meeting(), sources, t.ui, new FxScheduler(),
                meeting.id());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            controller = new LiveMinutesController(t.ui, vm, new MinutesWindows(t.ui, services.meeting(), sources));
            stage.setScene(new Scene(controller.root(), 1200, 760));
            controller.start();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
        t.dispose();
    }

    private String stored(int index) {
        return MeetingFixtures.notes(services.database(), items.get(index));
    }

    @Test
    void typePauseNextSpeakerAdopt_everythingIsSavedAndThenReadOnly() throws Exception {
        clickOn("#notesArea").write("Có 8 đồng chí dự");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored(0).equals("Có 8 đồng chí dự"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#savedLabel").queryAs(Labeled.class).getText().startsWith("Đã lưu lúc"),
                () -> lookup("#savedLabel").queryAs(Labeled.class).getText());

        write(", 1 khách mời").press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Có 8 đồng chí dự, 1 khách mời", stored(0), "saved at once on the change of item");
        assertEquals("Thảo luận", lookup("#itemTitleLabel").queryAs(Labeled.class).getText());

        interact(() -> lookup("#speakerBox").queryAs(ComboBox.class).getSelectionModel().select("Lê Thị Hoa"));
        clickOn("#insertSpeakerButton");
        write("nhất trí");
        type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Đồng chí Lê Thị Hoa: nhất trí", stored(1));

        clickOn("#adoptButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#notesArea").queryAs(TextArea.class).isEditable());
        assertEquals(1, services.meeting().minutes().versions(meeting.id()).size());
        assertTrue(t.dialogs.confirmations.get(0).startsWith("Thông qua biên bản?"));
    }
}
