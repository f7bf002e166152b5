package vn.sochibo.ui.common;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * A modal form with "Lưu" (Enter) and "Hủy" (Escape): Save runs the check and stays open while it fails, so
 * nothing half-filled is ever written.
 */
public final class FormDialog {
    private FormDialog() {
    }

    /**
     * Enter saves the form even when a tick box or a choice among options has the focus; otherwise JavaFX would
     * tick or untick it and a secretary who pressed Enter to save would lose the tick and save nothing.
     */
    private static void enterSaves(Dialog<ButtonType> dialog, Button save) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focused = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getFocusOwner();
            if (e.getCode() == KeyCode.ENTER && focused instanceof ButtonBase && !(focused instanceof Button)) {
                e.consume();
                save.fire();
            }
        });
    }

    /** Shows the form; true when it was saved. */
    public static boolean show(UiContext ui, Window owner, String title, Parent content, BooleanSupplier onSave) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType save = new ButtonType(ui.i18n().tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ui.i18n().tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Styles.SHEET);
        Styles.apply(dialog.getDialogPane(), ui.settings());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveButton");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!onSave.getAsBoolean()) {
                e.consume();
            }
        });
        enterSaves(dialog, saveButton);
        Node cancelButton = dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelButton");
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }
}
