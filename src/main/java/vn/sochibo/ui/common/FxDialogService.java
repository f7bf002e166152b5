package vn.sochibo.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs with localised buttons, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final I18n i18n;
    private final AppSettings settings;
    private Window owner;

    public FxDialogService(I18n i18n, AppSettings settings) {
        this.i18n = i18n;
        this.settings = settings;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, i18n.tr("common.error.title"), message).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, i18n.tr("app.title"), message).showAndWait();
    }

    @Override
    public boolean confirm(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, i18n.tr("common.confirm.title"), message);
        ButtonType yes = new ButtonType(i18n.tr("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(i18n.tr("common.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<char[]> askPassword(String message) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(i18n.tr("app.title"));
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        javafx.scene.control.Label label = new javafx.scene.control.Label(message);
        label.setWrapText(true);
        label.setLabelFor(field);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, label, field));
        ButtonType ok = new ButtonType(i18n.tr("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dress(dialog);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(b -> b == ok).map(b -> field.getText().toCharArray());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        File file = chooser(title, extension, null).showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String extension, String suggestedName) {
        File file = chooser(title, extension, suggestedName).showSaveDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File start = new File(settings.lastFolder());
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        settings.setLastFolder(folder.getAbsolutePath());
        return Optional.of(folder.toPath());
    }

    private FileChooser chooser(String title, String extension, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        File folder = new File(settings.lastFolder());
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        if (file.getParentFile() != null) {
            settings.setLastFolder(file.getParentFile().getAbsolutePath());
        }
        return Optional.of(file.toPath());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dress(alert);
        return alert;
    }

    /** A readable width, and the main window's owner, style sheet and text size. */
    private void dress(javafx.scene.control.Dialog<?> dialog) {
        dialog.getDialogPane().setMinWidth(480);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
