package vn.sochibo.ui.shell;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import vn.sochibo.service.Messages;
import vn.sochibo.service.backup.BackupFile;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** Tells, before anything is opened, that the data file has a problem, and asks what to do. */
public final class StartProblemDialog {
    /** The choices offered. */
    public enum Choice { RESTORE, OTHER_FILE, QUIT }

    private StartProblemDialog() {
    }

    /** Shows the problem in plain words; offers the newest usable backup when there is one. */
    public static Choice ask(UiContext ui, String problem, Optional<BackupFile> newest) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle(ui.i18n().tr("start.problem.title"));
        alert.setHeaderText(null);
        String offer = newest.map(b -> ui.i18n().tr("start.problem.backupFound", when(b)))
                .orElse(ui.i18n().tr("start.problem.noBackup"));
        alert.setContentText(problem + "\n\n" + ui.i18n().tr("start.problem.unchanged") + "\n\n" + offer);
        ButtonType restore = new ButtonType(ui.i18n().tr("start.problem.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(ui.i18n().tr("start.problem.otherFile"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(ui.i18n().tr("start.problem.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(newest.isPresent() ? new ButtonType[] {restore, other, quit}
                : new ButtonType[] {other, quit});
        dress(ui, alert);
        ButtonType chosen = alert.showAndWait().orElse(quit);
        return chosen == restore ? Choice.RESTORE : chosen == other ? Choice.OTHER_FILE : Choice.QUIT;
    }

    /** The text of the prompt for an encrypted backup's password. */
    public static String passwordPrompt(UiContext ui, BackupFile backup) {
        return ui.i18n().tr("start.problem.password", when(backup));
    }

    private static String when(BackupFile backup) {
        return Messages.dateTime(backup.takenAt());
    }

    private static void dress(UiContext ui, Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(Styles.SHEET);
        dialog.getDialogPane().setMinWidth(560);
        Styles.apply(dialog.getDialogPane(), ui.settings());
    }
}
