package vn.sochibo.ui.member;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FieldDecorations;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The dialog to add or change one event of a member's history. */
public final class MemberEventDialogController extends FxmlController {
    private final UiContext ui;
    private final MemberEventDialogViewModel vm;
    private FieldDecorations decorations;
    @FXML
    private ComboBox<EventType> typeBox;
    @FXML
    private DatePicker datePicker;
    @FXML
    private DatePicker endDatePicker;
    @FXML
    private Label placeLabel;
    @FXML
    private TextField placeField;
    @FXML
    private TextField reasonField;
    @FXML
    private TextArea noteArea;
    @FXML
    private Label issuesLabel;

    public MemberEventDialogController(UiContext ui, MemberEventDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Shows the dialog for a new event (existing = null) or a change; returns the checked event. */
    public static Optional<MemberEvent> open(UiContext ui, Window owner, MemberHistory history, MemberEvent existing) {
        MemberEventDialogViewModel vm = new MemberEventDialogViewModel(ui, history, existing);
        MemberEventDialogController view = new MemberEventDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, vm.title(), view.root(), view::check);
        return saved ? Optional.of(vm.build()) : Optional.empty();
    }

    @FXML
    private void initialize() {
        typeBox.getItems().setAll(EventType.values());
        typeBox.setConverter(Labels.converter(t -> ui.i18n().tr("member.event." + t.name())));
        typeBox.valueProperty().bindBidirectional(vm.typeProperty());
        DateFields.configure(datePicker, ui.i18n());
        DateFields.configure(endDatePicker, ui.i18n());
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        endDatePicker.valueProperty().bindBidirectional(vm.endDateProperty());
        endDatePicker.disableProperty().bind(vm.endUsed().not());
        placeField.textProperty().bindBidirectional(vm.placeProperty());
        placeField.disableProperty().bind(vm.placeUsed().not());
        placeLabel.textProperty().bind(vm.placeLabel());
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        noteArea.textProperty().bindBidirectional(vm.noteProperty());
        issuesLabel.textProperty().bind(vm.issuesTextProperty());
        decorations = new FieldDecorations(vm::issueFor, ui.i18n());
        decorations.register(typeBox, "event.field.type");
        decorations.register(datePicker, "event.field.date");
        decorations.register(endDatePicker, "event.field.endDate");
        decorations.register(placeField, "event.field.place");
        decorations.register(reasonField, "event.field.reason");
    }

    private boolean check() {
        vm.setBadDate("event.field.date", DateFields.hasBadText(datePicker));
        vm.setBadDate("event.field.endDate", DateFields.hasBadText(endDatePicker));
        boolean ok = vm.validate();
        decorations.refresh();
        return ok;
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
