package vn.sochibo.ui.branch;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FieldDecorations;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.ScrollIntoView;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The branch profile form (hồ sơ chi bộ) in a modal dialog: names, term, officers, meetings and documents. */
public final class BranchProfileDialogController extends FxmlController {
    private final UiContext ui;
    private final BranchProfileDialogViewModel vm;
    private final FieldDecorations marks;
    private final Map<ProfileField, Control> controls = new EnumMap<>(ProfileField.class);
    @FXML private ScrollPane formScroll;
    @FXML private TextField superiorField;
    @FXML private TextField branchField;
    @FXML private TextField placeField;
    @FXML private Button superiorUpperButton;
    @FXML private Button branchUpperButton;
    @FXML private Label previewSuperiorLabel;
    @FXML private Label previewBranchLabel;
    @FXML private Label previewNumberLabel;
    @FXML private Label previewDateLabel;
    @FXML private DatePicker termStartPicker;
    @FXML private DatePicker termEndPicker;
    @FXML private Label officersHintLabel;
    @FXML private SearchableComboBox<MemberChoice> secretaryBox;
    @FXML private CheckComboBox<MemberChoice> deputiesBox;
    @FXML private CheckComboBox<MemberChoice> committeeBox;
    @FXML private Label droppedLabel;
    @FXML private RadioButton dayOfMonthRadio;
    @FXML private RadioButton weekdayRadio;
    @FXML private Spinner<Integer> daySpinner;
    @FXML private ComboBox<DayOfWeek> weekdayBox;
    @FXML private ComboBox<Integer> nthBox;
    @FXML private Label clampLabel;
    @FXML private TextField timeField;
    @FXML private TextField meetingPlaceField;
    @FXML private Label nextMeetingsLabel;
    @FXML private TextField symbolField;
    @FXML private Label numberPreviewLabel;
    @FXML private CheckBox numberMinutesCheck;
    @FXML private TextField marginTopField;
    @FXML private TextField marginBottomField;
    @FXML private TextField marginLeftField;
    @FXML private TextField marginRightField;
    @FXML private Label errorsLabel;

    public BranchProfileDialogController(UiContext ui, BranchProfileDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
        this.marks = new FieldDecorations(name -> vm.issueFor(ProfileField.valueOf(name)), ui.i18n());
    }

    /** Shows the form filled from {@code current} (null for a new branch); returns the checked profile. */
    public static Optional<BranchProfile> edit(UiContext ui, Window owner, BranchProfile current,
                                               List<MemberHistory> members) {
        BranchProfileDialogViewModel vm = new BranchProfileDialogViewModel(ui, current, members);
        BranchProfileDialogController view = new BranchProfileDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, ui.i18n().tr("branch.dialog.title"), view.root(), vm::save);
        return saved ? Optional.of(vm.result()) : Optional.empty();
    }

    @FXML
    private void initialize() {
        fitToScreen();
        bindNames();
        bindPreview();
        bindTerm();
        bindOfficers();
        bindMeeting();
        bindDocuments();
        errorsLabel.textProperty().bind(vm.errorsTextProperty());
        showOnlyWithText(errorsLabel, droppedLabel, clampLabel);
        controls.forEach(this::watch);
        vm.checksProperty().addListener(o -> marks.refresh());
        ScrollIntoView.install(formScroll);
        vm.focusRequestProperty().addListener((o, was, field) -> {
            if (field != null) {
                controls.get(field).requestFocus();
            }
        });
        Platform.runLater(superiorField::requestFocus);
    }

    private void watch(ProfileField field, Control control) {
        marks.register(control, field.name());
        control.focusWithinProperty().addListener((o, was, within) -> {
            if (!within) {
                vm.leave(field);
            }
        });
    }

    /** About 62 by 40 characters, less on a small screen; the form scrolls for the rest. */
    private void fitToScreen() {
        double em = ui.settings().largerText() ? Styles.LARGER_FONT_PX : Styles.BASE_FONT_PX;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        formScroll.setPrefWidth(Math.min(62 * em, screen.getWidth() - 4 * em));
        formScroll.setPrefHeight(Math.min(40 * em, screen.getHeight() - 16 * em));
    }

    private void bindNames() {
        bindText(ProfileField.SUPERIOR_NAME, superiorField, vm.superiorNameProperty());
        bindText(ProfileField.BRANCH_NAME, branchField, vm.branchNameProperty());
        bindText(ProfileField.PLACE_NAME, placeField, vm.placeNameProperty());
        superiorUpperButton.visibleProperty().bind(vm.offerUpperSuperiorProperty());
        branchUpperButton.visibleProperty().bind(vm.offerUpperBranchProperty());
        superiorUpperButton.managedProperty().bind(superiorUpperButton.visibleProperty());
        branchUpperButton.managedProperty().bind(branchUpperButton.visibleProperty());
    }

    private void bindText(ProfileField field, TextField control, StringProperty value) {
        control.textProperty().bindBidirectional(value);
        controls.put(field, control);
    }

    private void bindPreview() {
        previewSuperiorLabel.textProperty().bind(vm.preview().superiorProperty());
        previewBranchLabel.textProperty().bind(vm.preview().branchProperty());
        previewNumberLabel.textProperty().bind(vm.preview().numberProperty());
        previewDateLabel.textProperty().bind(vm.preview().dateLineProperty());
    }

    private void bindTerm() {
        DateFields.configure(termStartPicker, ui.i18n());
        DateFields.configure(termEndPicker, ui.i18n());
        termStartPicker.valueProperty().bindBidirectional(vm.termStartProperty());
        termEndPicker.valueProperty().bindBidirectional(vm.termEndProperty());
        vm.termStartBadTextProperty().bind(Bindings.createBooleanBinding(
                () -> DateFields.hasBadText(termStartPicker), termStartPicker.getEditor().textProperty()));
        vm.termEndBadTextProperty().bind(Bindings.createBooleanBinding(
                () -> DateFields.hasBadText(termEndPicker), termEndPicker.getEditor().textProperty()));
        controls.put(ProfileField.TERM_START, termStartPicker);
        controls.put(ProfileField.TERM_END, termEndPicker);
    }

    private void bindOfficers() {
        OfficerChoices o = vm.officers();
        officersHintLabel.textProperty().bind(o.hintProperty());
        droppedLabel.textProperty().bind(o.droppedNoticeProperty());
        secretaryBox.setItems(o.secretaryChoices());
        secretaryBox.valueProperty().bindBidirectional(o.secretaryProperty());
        bindChecks(deputiesBox, o.candidates(), o.deputies());
        bindChecks(committeeBox, o.candidates(), o.committee());
        controls.put(ProfileField.SECRETARY, secretaryBox);
        controls.put(ProfileField.DEPUTIES, deputiesBox);
        controls.put(ProfileField.COMMITTEE, committeeBox);
    }

    private static void bindChecks(CheckComboBox<MemberChoice> box, ObservableList<MemberChoice> items,
                                   ObservableList<MemberChoice> chosen) {
        box.getItems().setAll(items);
        chosen.forEach(box.getCheckModel()::check);
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // ControlsFX opens the list only by mouse (controlsfx#1085)
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.F4) {
                box.show();
                e.consume();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<MemberChoice>) c ->
                chosen.setAll(box.getCheckModel().getCheckedItems()));
    }

    private void bindMeeting() {
        MeetingForm m = vm.meeting();
        weekdayRadio.setSelected(!m.byDayOfMonthProperty().get());
        dayOfMonthRadio.selectedProperty().bindBidirectional(m.byDayOfMonthProperty());
        daySpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 31));
        daySpinner.getValueFactory().setConverter(tolerantNumbers(daySpinner));
        daySpinner.getValueFactory().valueProperty().bindBidirectional(m.dayOfMonthProperty());
        daySpinner.disableProperty().bind(weekdayRadio.selectedProperty());
        weekdayBox.getItems().setAll(DayOfWeek.values());
        weekdayBox.setConverter(Labels.converter(d -> ui.i18n().tr("branch.dialog.weekday." + d)));
        weekdayBox.valueProperty().bindBidirectional(m.weekdayProperty());
        nthBox.getItems().setAll(1, 2, 3, 4, 5);
        nthBox.setConverter(Labels.converter(n -> ui.i18n().tr("branch.dialog.nth." + n)));
        nthBox.valueProperty().bindBidirectional(m.nthProperty());
        weekdayBox.disableProperty().bind(dayOfMonthRadio.selectedProperty());
        nthBox.disableProperty().bind(dayOfMonthRadio.selectedProperty());
        clampLabel.textProperty().bind(m.clampNoteProperty());
        bindText(ProfileField.MEETING_TIME, timeField, m.timeProperty());
        bindText(ProfileField.MEETING_PLACE, meetingPlaceField, m.placeProperty());
        nextMeetingsLabel.textProperty().bind(m.nextMeetingsProperty());
        controls.put(ProfileField.MEETING_DAY, daySpinner);
    }

    private void bindDocuments() {
        DocumentForm d = vm.documents();
        bindText(ProfileField.ISSUER_SYMBOL, symbolField, d.symbolProperty());
        numberPreviewLabel.textProperty().bind(d.numberPreviewProperty());
        numberMinutesCheck.selectedProperty().bindBidirectional(d.numberMinutesProperty());
        controls.put(ProfileField.NUMBER_MINUTES, numberMinutesCheck);
        bindText(ProfileField.MARGIN_TOP, marginTopField, d.marginTopProperty());
        bindText(ProfileField.MARGIN_BOTTOM, marginBottomField, d.marginBottomProperty());
        bindText(ProfileField.MARGIN_LEFT, marginLeftField, d.marginLeftProperty());
        bindText(ProfileField.MARGIN_RIGHT, marginRightField, d.marginRightProperty());
    }

    private static void showOnlyWithText(Label... labels) {
        for (Label label : labels) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
    }

    /** Typed day numbers; text that is not a number keeps the previous value instead of failing. */
    private static StringConverter<Integer> tolerantNumbers(Spinner<Integer> spinner) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String s) {
                try {
                    return Integer.valueOf(s.strip());
                } catch (NumberFormatException e) {
                    return spinner.getValue();
                }
            }
        };
    }

    @FXML
    private void onSuperiorUpper() {
        vm.superiorToUpper();
    }

    @FXML
    private void onBranchUpper() {
        vm.branchToUpper();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
