package vn.sochibo.ui.meeting;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.UiContext;

/** Full-screen read-back of the whole minutes: very large text, larger/smaller, Escape or "Đóng" to leave. */
public final class ReadBackController extends FxmlController {
    private final UiContext ui;
    private final ReadBackViewModel vm;
    private Runnable close = () -> { };
    @FXML private TextArea textArea;
    @FXML private Button biggerButton;
    @FXML private Button smallerButton;
    @FXML private Button closeButton;

    public ReadBackController(UiContext ui, ReadBackViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        textArea.setText(vm.text());
        textArea.styleProperty().bind(vm.fontSizeProperty().asString("-fx-font-size: %dpx;"));
        textArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
    }

    /** What "Đóng" does (closes the window). */
    void onClose(Runnable action) {
        close = action;
    }

    @FXML
    private void onBigger() {
        vm.bigger();
    }

    @FXML
    private void onSmaller() {
        vm.smaller();
    }

    @FXML
    private void onCloseView() {
        close.run();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
