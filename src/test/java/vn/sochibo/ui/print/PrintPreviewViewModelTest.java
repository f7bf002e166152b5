package vn.sochibo.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.testutil.TestUi;

/** The preview's logic without the toolkit: printing outcomes, the Word offer, zoom and the page in view. */
class PrintPreviewViewModelTest {
    private final TestUi t = new TestUi();
    private final List<String> saved = new ArrayList<>();

    @AfterEach
    void dispose() {
        t.dispose();
    }

    private PrintPreviewViewModel vm(PrintResult result) {
        return new PrintPreviewViewModel(t.ui, () -> result, () -> saved.add("docx"), 4);
    }

    @Test
    void print_noPrinterAndAccepted_saysSoAndSavesTheWordFile() {
        vm(PrintResult.of(PrintResult.Status.NO_PRINTER)).print();
        assertEquals(1, t.dialogs.confirmations.size());
        assertTrue(t.dialogs.confirmations.get(0).startsWith(
                "Máy chưa có máy in. Đồng chí có thể lưu tệp Word để in ở máy khác."));
        assertEquals(List.of("docx"), saved);
    }

    @Test
    void print_noPrinterAndDeclined_savesNothing() {
        t.dialogs.answer = false;
        vm(PrintResult.of(PrintResult.Status.NO_PRINTER)).print();
        assertEquals(1, t.dialogs.confirmations.size());
        assertEquals(List.of(), saved);
    }

    @Test
    void print_noPrinterAndNoWordFile_onlyTellsThereIsNoPrinter() {
        new PrintPreviewViewModel(t.ui, () -> PrintResult.of(PrintResult.Status.NO_PRINTER), null, 1).print();
        assertEquals(List.of("Máy chưa có máy in. Đồng chí có thể lưu tệp Word để in ở máy khác."), t.dialogs.infos);
        assertEquals(List.of(), t.dialogs.confirmations);
    }

    @Test
    void print_printed_reportsPagesAndPrinter() {
        vm(new PrintResult(PrintResult.Status.PRINTED, "HP LaserJet", 4)).print();
        assertEquals(List.of("Đã gửi 4 trang tới máy in HP LaserJet."), t.dialogs.infos);
    }

    @Test
    void print_failed_showsAnErrorNamingThePrinter() {
        vm(new PrintResult(PrintResult.Status.FAILED, "HP LaserJet", 0)).print();
        assertEquals(1, t.dialogs.errors.size());
        assertTrue(t.dialogs.errors.get(0).contains("HP LaserJet"));
    }

    @Test
    void print_cancelledInTheDialog_saysNothing() {
        vm(PrintResult.of(PrintResult.Status.CANCELLED)).print();
        assertTrue(t.dialogs.infos.isEmpty() && t.dialogs.errors.isEmpty() && t.dialogs.confirmations.isEmpty());
    }

    @Test
    void zoom_stepsStopAtTheEnds() {
        PrintPreviewViewModel vm = vm(PrintResult.of(PrintResult.Status.CANCELLED));
        assertEquals("Cỡ xem 125%", vm.zoomTextProperty().get());
        for (int i = 0; i < 10; i++) {
            vm.zoomIn();
        }
        assertEquals(3.0, vm.zoomProperty().get());
        for (int i = 0; i < 10; i++) {
            vm.zoomOut();
        }
        assertEquals(0.5, vm.zoomProperty().get());
        assertEquals("Cỡ xem 50%", vm.zoomTextProperty().get());
    }

    @Test
    void scrolledTo_middleOfTheViewInPageThree_showsPageThreeOfFour() {
        PrintPreviewViewModel vm = vm(PrintResult.of(PrintResult.Status.CANCELLED));
        assertEquals("Trang 1/4", vm.pageTextProperty().get());
        vm.scrolledTo(2 * 1000 + 100, 600, 16, 1000);
        assertEquals("Trang 3/4", vm.pageTextProperty().get());
        vm.scrolledTo(99_999, 600, 16, 1000);
        assertEquals("Trang 4/4", vm.pageTextProperty().get());
    }

    @Test
    void close_marksThePreviewClosed() {
        PrintPreviewViewModel vm = vm(PrintResult.of(PrintResult.Status.CANCELLED));
        vm.close();
        assertTrue(vm.closedProperty().get());
    }
}
