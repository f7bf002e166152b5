package vn.sochibo.ui.study;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The study session form in a dialog: binds the fields to the view-model; Save (Enter) checks and stores. */
public final class StudyEditDialogController extends FxmlController {
    private final UiContext ui;
    private final StudyEditDialogViewModel vm;
    @FXML private Label symbolLabel;
    @FXML private TextField symbolField;
    @FXML private Label titleLabel;
    @FXML private TextField titleField;
    @FXML private Label levelLabel;
    @FXML private ComboBox<IssuingLevel> levelBox;
    @FXML private Label organiserLabel;
    @FXML private ComboBox<Organiser> organiserBox;
    @FXML private Label dateLabel;
    @FXML private DatePicker datePicker;
    @FXML private Label placeLabel;
    @FXML private TextField placeField;
    @FXML private Label formLabel;
    @FXML private ComboBox<StudyForm> formBox;
    @FXML private Label presenterLabel;
    @FXML private TextField presenterField;
    @FXML private CheckBox reflectionBox;
    @FXML private Label problemLabel;

    public StudyEditDialogController(UiContext ui, StudyEditDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Shows the form over the session; the saved session, or empty when cancelled. */
    public static Optional<StudySession> open(UiContext ui, Window owner, StudyEditDialogViewModel vm) {
        StudyEditDialogController view = new StudyEditDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, vm.title(), view.root(), view::save);
        return saved ? Optional.ofNullable(vm.saved()) : Optional.empty();
    }

    private boolean save() {
        return vm.save(DateFields.hasBadText(datePicker));
    }

    @FXML
    private void initialize() {
        symbolLabel.setLabelFor(symbolField);
        titleLabel.setLabelFor(titleField);
        levelLabel.setLabelFor(levelBox);
        organiserLabel.setLabelFor(organiserBox);
        dateLabel.setLabelFor(datePicker);
        placeLabel.setLabelFor(placeField);
        formLabel.setLabelFor(formBox);
        presenterLabel.setLabelFor(presenterField);
        StudyTexts texts = new StudyTexts(ui.i18n());
        symbolField.textProperty().bindBidirectional(vm.symbolProperty());
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        levelBox.setConverter(Labels.converter(texts::level));
        levelBox.setItems(vm.levels());
        levelBox.valueProperty().bindBidirectional(vm.levelProperty());
        organiserBox.setConverter(Labels.converter(texts::organiser));
        organiserBox.setItems(vm.organisers());
        organiserBox.valueProperty().bindBidirectional(vm.organiserProperty());
        DateFields.configure(datePicker, ui.i18n());
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        placeField.textProperty().bindBidirectional(vm.placeProperty());
        formBox.setConverter(Labels.converter(texts::form));
        formBox.setItems(vm.forms());
        formBox.valueProperty().bindBidirectional(vm.formProperty());
        presenterField.textProperty().bindBidirectional(vm.presenterProperty());
        reflectionBox.selectedProperty().bindBidirectional(vm.reflectionRequiredProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
