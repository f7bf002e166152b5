package vn.sochibo.ui.meeting;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The meeting form in a dialog: binds the fields to the view-model; Save (Enter) checks and stores. */
public final class MeetingEditDialogController extends FxmlController {
    private final UiContext ui;
    private final MeetingEditDialogViewModel vm;
    @FXML private Label typeLabel;
    @FXML private ComboBox<MeetingType> typeBox;
    @FXML private Label dateLabel;
    @FXML private DatePicker datePicker;
    @FXML private Label timeLabel;
    @FXML private TextField timeField;
    @FXML private Label placeLabel;
    @FXML private TextField placeField;
    @FXML private Label topicLabel;
    @FXML private TextField topicField;
    @FXML private Label presenterLabel;
    @FXML private TextField presenterField;
    @FXML private Label chairLabel;
    @FXML private ComboBox<PersonChoice> chairBox;
    @FXML private Label minuteTakerLabel;
    @FXML private ComboBox<PersonChoice> minuteTakerBox;
    @FXML private Label problemLabel;

    public MeetingEditDialogController(UiContext ui, MeetingEditDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Shows the form over the meeting; the saved meeting, or empty when cancelled. */
    public static Optional<Meeting> open(UiContext ui, Window owner, MeetingEditDialogViewModel vm) {
        MeetingEditDialogController view = new MeetingEditDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, vm.title(), view.root(), vm::save);
        return saved ? Optional.ofNullable(vm.saved()) : Optional.empty();
    }

    @FXML
    private void initialize() {
        typeLabel.setLabelFor(typeBox);
        dateLabel.setLabelFor(datePicker);
        timeLabel.setLabelFor(timeField);
        placeLabel.setLabelFor(placeField);
        topicLabel.setLabelFor(topicField);
        presenterLabel.setLabelFor(presenterField);
        chairLabel.setLabelFor(chairBox);
        minuteTakerLabel.setLabelFor(minuteTakerBox);
        MeetingTexts texts = new MeetingTexts(ui.i18n());
        typeBox.setConverter(Labels.converter(texts::type));
        typeBox.setItems(vm.types());
        typeBox.valueProperty().bindBidirectional(vm.typeProperty());
        DateFields.configure(datePicker, ui.i18n());
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        timeField.textProperty().bindBidirectional(vm.timeProperty());
        placeField.textProperty().bindBidirectional(vm.placeProperty());
        topicField.textProperty().bindBidirectional(vm.topicProperty());
        presenterField.textProperty().bindBidirectional(vm.presenterProperty());
        chairBox.setItems(vm.people());
        chairBox.valueProperty().bindBidirectional(vm.chairProperty());
        minuteTakerBox.setItems(vm.people());
        minuteTakerBox.valueProperty().bindBidirectional(vm.minuteTakerProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
