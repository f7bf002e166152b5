package vn.sochibo.ui.print;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/**
 * The print preview window: the A4 pages as they will be printed, zoom, "page x of n", "In…" (with no printer it
 * offers the Word file), "Lưu Word…" and "Đóng" (Escape).
 */
public final class PrintPreview {
    private PrintPreview() {
    }

    /**
     * Opens the preview of {@code doc} over {@code owner} and returns its window; {@code saveWord} saves the Word
     * file (null hides the button). Call on the FX thread: pages are measured with JavaFX text.
     */
    public static Stage show(UiContext ui, Window owner, PartyDocument doc, String title, Runnable saveWord) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        open(stage, ui, doc, title, saveWord);
        return stage;
    }

    /** Shows the preview in the given window. */
    private static void open(Stage stage, UiContext ui, PartyDocument doc, String title, Runnable saveWord) {
        PageLayout layout = new PageLayout(PrintFonts.installed());
        List<Pane> pages = layout.pages(doc);
        PrintPreviewViewModel vm = new PrintPreviewViewModel(ui, FxPagePrinter.system(stage, layout, doc), saveWord,
                pages.size());
        PrintPreviewPane view = new PrintPreviewPane(ui, vm, pages);
        stage.setTitle(ui.i18n().tr("print.preview.title", title));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1000, screen.getWidth() * 0.9),
                Math.min(1100, screen.getHeight() * 0.9));
        if (ui.settings() != null) {
            Styles.apply(scene, ui.settings());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), vm::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                vm::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), vm::zoomOut);
        stage.setScene(scene);
        vm.closedProperty().addListener((o, was, closed) -> stage.close());
        stage.show();
        view.focusPages();
    }
}
