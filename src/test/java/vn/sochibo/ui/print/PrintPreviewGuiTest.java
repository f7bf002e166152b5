package vn.sochibo.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.testutil.TestUi;

/** The preview window on screen (headless, no printer): pages, zoom, "In…" offering the Word file, Escape. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class PrintPreviewGuiTest {
    private final TestUi t = new TestUi();
    private final AtomicInteger saved = new AtomicInteger();
    private Stage preview;

    @Start
    void start(Stage owner) {
        // under Monocle an owner window must have a scene, or the next pulse never finishes rendering
        owner.setScene(new Scene(new Pane(), 300, 200));
        owner.show();
        preview = PrintPreview.show(t.ui, owner, SampleDocuments.monthlyMinutes(), "Biên bản tháng 11",
                saved::incrementAndGet);
    }

    @AfterEach
    void dispose() {
        t.dispose();
    }

    @Test
    void print_withoutAPrinter_saysSoAndSavesWordWhenAccepted(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(PageTexts.fx(PrinterJob::createPrinterJob) == null, "a printer is installed");
        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, t.dialogs.confirmations.size());
        assertTrue(t.dialogs.confirmations.get(0).startsWith("Máy chưa có máy in."));
        assertEquals(1, saved.get());
    }

    @Test
    void ctrlP_withoutAPrinter_offersTheWordFile(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(PageTexts.fx(PrinterJob::createPrinterJob) == null, "a printer is installed");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, t.dialogs.confirmations.size());
    }

    @Test
    void preview_showsPageCountTitleAndButtons(FxRobot robot) {
        assertEquals("Xem trước khi in – Biên bản tháng 11", preview.getTitle());
        String pages = robot.lookup("#pageLabel").queryAs(Label.class).getText();
        assertTrue(pages.matches("Trang 1/[34]"), pages);
        assertEquals("_In…", robot.lookup("#printButton").queryAs(Button.class).getText());
        assertEquals("Lưu _Word…", robot.lookup("#saveWordButton").queryAs(Button.class).getText());
    }

    @Test
    void zoomIn_byButton_changesTheZoomShown(FxRobot robot) {
        robot.clickOn("#zoomInButton");
        assertEquals("Cỡ xem 150%", robot.lookup("#zoomLabel").queryAs(Label.class).getText());
    }

    @Test
    void saveWordButton_callsSaveWord(FxRobot robot) {
        robot.clickOn("#saveWordButton");
        assertEquals(1, saved.get());
    }

    @Test
    void preview_isModalOverItsOwner() {
        assertEquals(javafx.stage.Modality.WINDOW_MODAL, preview.getModality());
    }

    @Test
    void escape_closesThePreview(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(preview.isShowing());
    }
}
