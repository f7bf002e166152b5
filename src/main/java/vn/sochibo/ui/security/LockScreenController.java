package vn.sochibo.ui.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The lock screen: a modal window over the app that hides every other window's content until unlocked. */
public final class LockScreenController extends FxmlController {
    private static final String ERROR_STYLE = "error-text";
    private final UiContext ui;
    private final LockScreenViewModel vm;
    @FXML private Label branchLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Button unlockButton;

    public LockScreenController(UiContext ui, LockScreenViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /**
     * Shows the lock screen until the right password is typed (returned; the caller owns and wipes it) or the user
     * chooses to quit (empty: the caller ends the program). Closing the window counts as quitting.
     */
    public static Optional<char[]> unlock(UiContext ui, Window owner, PasswordService passwords, String branchName) {
        LockScreenViewModel vm = new LockScreenViewModel(ui, passwords, branchName);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle(ui.i18n().tr("security.lock.title"));
        Scene scene = new Scene(new LockScreenController(ui, vm).root());
        if (ui.settings() != null) {
            Styles.apply(scene, ui.settings());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.quit());
        vm.finishedProperty().addListener((o, was, done) -> stage.close());
        List<Node> hidden = hideOtherWindows(stage);
        try {
            stage.showAndWait();
        } finally {
            hidden.forEach(n -> n.setVisible(true));
        }
        return vm.result();
    }

    /** Hides what every other open window shows (member data) while the lock is up. */
    private static List<Node> hideOtherWindows(Stage lock) {
        List<Node> hidden = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != lock && w.getScene() != null && w.getScene().getRoot().isVisible()) {
                w.getScene().getRoot().setVisible(false);
                hidden.add(w.getScene().getRoot());
            }
        }
        return hidden;
    }

    @FXML
    private void initialize() {
        branchLabel.setText(vm.branchName());
        branchLabel.setVisible(!vm.branchName().isBlank());
        branchLabel.setManaged(branchLabel.isVisible());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, was, error) -> {
            messageLabel.getStyleClass().remove(ERROR_STYLE);
            if (error) {
                messageLabel.getStyleClass().add(ERROR_STYLE);
            }
        });
        passwordField.disableProperty().bind(vm.busyProperty());
        unlockButton.disableProperty().bind(vm.busyProperty());
        vm.busyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                passwordField.requestFocus();
            }
        });
        Platform.runLater(passwordField::requestFocus);
    }

    @FXML
    private void onUnlock() {
        vm.unlock();
    }

    @FXML
    private void onQuit() {
        vm.quit();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
