package vn.sochibo.ui.welcome;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import vn.sochibo.ui.branch.BranchProfileDialogController;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.UiContext;

/** The welcome screen shown when there is no branch yet. */
public final class WelcomeController extends FxmlController {
    private final UiContext ui;
    private final WelcomeViewModel vm;
    @FXML
    private Button createButton;
    @FXML
    private Button sampleButton;
    @FXML
    private Label locationLabel;

    public WelcomeController(UiContext ui, WelcomeViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        locationLabel.textProperty().bind(vm.locationProperty());
        createButton.disableProperty().bind(vm.busyProperty());
        sampleButton.disableProperty().bind(vm.busyProperty());
    }

    @FXML
    private void onCreate() {
        vm.createBranch(BranchProfileDialogController.edit(ui, createButton.getScene().getWindow(), null, List.of()));
    }

    @FXML
    private void onSample() {
        vm.useSample();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
