package vn.sochibo.ui.meeting;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.UiContext;

/** The grading form: points out of 100 and the key criteria; the grade is shown as they change. */
public final class GradingDialogController extends FxmlController {
    private final UiContext ui;
    private final GradingViewModel vm;
    @FXML private Label pointsLabel;
    @FXML private Spinner<Integer> pointsSpinner;
    @FXML private CheckBox keyMetBox;
    @FXML private Label gradeLabel;

    public GradingDialogController(UiContext ui, GradingViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        pointsLabel.setLabelFor(pointsSpinner);
        Counts.bind(pointsSpinner, vm.pointsProperty(), 100);
        keyMetBox.selectedProperty().bindBidirectional(vm.keyMetProperty());
        gradeLabel.textProperty().bind(vm.gradeTextProperty());
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
