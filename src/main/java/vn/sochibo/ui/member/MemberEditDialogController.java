package vn.sochibo.ui.member;

import java.util.Map;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Gender;
import vn.sochibo.service.member.MemberService;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FieldDecorations;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.ScrollIntoView;
import vn.sochibo.ui.common.UiContext;

/** The member form with the history timeline; binds fields to the view-model and decorates the problems. */
public final class MemberEditDialogController extends FxmlController {
    private final UiContext ui;
    private final MemberEditDialogViewModel vm;
    private FieldDecorations decorations;
    @FXML private ScrollPane formScroll;
    @FXML private TextField fullNameField;
    @FXML private TextField otherNameField;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private DatePicker birthDatePicker;
    @FXML private TextField ethnicityField;
    @FXML private TextField religionField;
    @FXML private TextField personalIdField;
    @FXML private TextField hometownDetailField;
    @FXML private TextField hometownCommuneField;
    @FXML private TextField hometownProvinceField;
    @FXML private DatePicker admissionDatePicker;
    @FXML private DatePicker officialDatePicker;
    @FXML private TextField cardNumberField;
    @FXML private TextField oldCardNumberField;
    @FXML private TextField dossierNumberField;
    @FXML private TextField badgeNumberField;
    @FXML private VBox entryBox;
    @FXML private ComboBox<EventType> entryTypeBox;
    @FXML private DatePicker entryDatePicker;
    @FXML private TextField entryOriginField;
    @FXML private TextField generalEducationField;
    @FXML private TextField professionalLevelField;
    @FXML private ComboBox<String> politicalTheoryBox;
    @FXML private TextField foreignLanguageField;
    @FXML private TextField occupationField;
    @FXML private TextField occupationBeforeField;
    @FXML private CheckBox retiredCheck;
    @FXML private CheckBox armyCheck;
    @FXML private CheckBox policeCheck;
    @FXML private TextField residenceDetailField;
    @FXML private TextField residenceCommuneField;
    @FXML private TextField residenceProvinceField;
    @FXML private TextField localAddressField;
    @FXML private TextField phoneField;
    @FXML private TextArea noteArea;
    @FXML private VBox timelineBox;
    @FXML private Label statusLabel;
    @FXML private ListView<TimelineEntry> timelineList;
    @FXML private Button addEventButton;
    @FXML private Button editEventButton;
    @FXML private Button deleteEventButton;
    @FXML private Label issuesLabel;

    public MemberEditDialogController(UiContext ui, MemberEditDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Opens the form for a member (0 = a new one); returns the member's id when saved. */
    public static Optional<Long> open(UiContext ui, Window owner, MemberService service, long memberId) {
        MemberEditDialogViewModel vm = new MemberEditDialogViewModel(service, ui, memberId);
        MemberEditDialogController view = new MemberEditDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, vm.titleProperty().get(), view.root(), view::save);
        return saved || vm.savedId() != 0 ? Optional.of(vm.savedId()) : Optional.empty();
    }

    @FXML
    private void initialize() {
        ScrollIntoView.install(formScroll);
        bindTexts();
        bindChoicesAndDates();
        timelineBox.visibleProperty().bind(vm.existingProperty());
        timelineBox.managedProperty().bind(vm.existingProperty());
        entryBox.visibleProperty().bind(vm.existingProperty().not());
        entryBox.managedProperty().bind(vm.existingProperty().not());
        timelineList.setItems(vm.timeline());
        timelineList.setCellFactory(l -> new TimelineCell());
        statusLabel.textProperty().bind(vm.statusTextProperty());
        editEventButton.disableProperty().bind(timelineList.getSelectionModel().selectedItemProperty().isNull());
        deleteEventButton.disableProperty().bind(timelineList.getSelectionModel().selectedItemProperty().isNull());
        issuesLabel.textProperty().bind(vm.issuesTextProperty());
        decorate();
    }

    private void bindTexts() {
        MemberFormFields f = vm.fields();
        Map<TextField, StringProperty> texts = Map.ofEntries(Map.entry(fullNameField, f.fullName),
                Map.entry(otherNameField, f.otherName), Map.entry(ethnicityField, f.ethnicity),
                Map.entry(religionField, f.religion), Map.entry(personalIdField, f.personalId),
                Map.entry(hometownDetailField, f.hometownDetail), Map.entry(hometownCommuneField, f.hometownCommune),
                Map.entry(hometownProvinceField, f.hometownProvince), Map.entry(cardNumberField, f.cardNumber),
                Map.entry(oldCardNumberField, f.oldCardNumber), Map.entry(dossierNumberField, f.dossierNumber),
                Map.entry(badgeNumberField, f.badgeNumber), Map.entry(generalEducationField, f.generalEducation),
                Map.entry(professionalLevelField, f.professionalLevel),
                Map.entry(foreignLanguageField, f.foreignLanguage), Map.entry(occupationField, f.occupation),
                Map.entry(occupationBeforeField, f.occupationBefore),
                Map.entry(residenceDetailField, f.residenceDetail),
                Map.entry(residenceCommuneField, f.residenceCommune),
                Map.entry(residenceProvinceField, f.residenceProvince), Map.entry(localAddressField, f.localAddress),
                Map.entry(phoneField, f.phone), Map.entry(entryOriginField, vm.entryOriginProperty()));
        texts.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        noteArea.textProperty().bindBidirectional(f.note);
        retiredCheck.selectedProperty().bindBidirectional(f.retired);
        armyCheck.selectedProperty().bindBidirectional(f.army);
        policeCheck.selectedProperty().bindBidirectional(f.police);
    }

    private void bindChoicesAndDates() {
        MemberFormFields f = vm.fields();
        genderBox.getItems().setAll(Gender.values());
        genderBox.setConverter(Labels.converter(g -> ui.i18n().tr("member.gender." + g.name())));
        genderBox.valueProperty().bindBidirectional(f.gender);
        politicalTheoryBox.getItems().setAll(ui.i18n().tr("member.edit.theoryLevels").split(","));
        politicalTheoryBox.valueProperty().bindBidirectional(f.politicalTheory);
        entryTypeBox.getItems().setAll(MemberEditDialogViewModel.ENTRY_TYPES);
        entryTypeBox.setConverter(Labels.converter(t -> ui.i18n().tr("member.event." + t.name())));
        entryTypeBox.valueProperty().bindBidirectional(vm.entryTypeProperty());
        entryDatePicker.disableProperty().bind(vm.entryTypeProperty().isEqualTo(EventType.ADMITTED));
        entryOriginField.disableProperty().bind(vm.entryTypeProperty().isEqualTo(EventType.ADMITTED));
        for (DatePicker p : new DatePicker[] {birthDatePicker, admissionDatePicker, officialDatePicker,
            entryDatePicker}) {
            DateFields.configure(p, ui.i18n());
        }
        birthDatePicker.valueProperty().bindBidirectional(f.birthDate);
        admissionDatePicker.valueProperty().bindBidirectional(f.admissionDate);
        officialDatePicker.valueProperty().bindBidirectional(f.officialDate);
        entryDatePicker.valueProperty().bindBidirectional(vm.entryDateProperty());
    }

    private void decorate() {
        decorations = new FieldDecorations(vm::issueFor, ui.i18n());
        Map<Control, String> fields = Map.ofEntries(Map.entry(fullNameField, "member.field.fullName"),
                Map.entry(genderBox, "member.field.gender"), Map.entry(birthDatePicker, "member.field.birthDate"),
                Map.entry(personalIdField, "member.field.personalId"),
                Map.entry(admissionDatePicker, "member.field.admissionDate"),
                Map.entry(officialDatePicker, "member.field.officialDate"),
                Map.entry(cardNumberField, "member.field.cardNumber"), Map.entry(phoneField, "member.field.phone"),
                Map.entry(entryDatePicker, "member.field.entryDate"),
                Map.entry(entryOriginField, "member.field.entryOrigin"));
        fields.forEach((control, key) -> {
            decorations.register(control, key);
            control.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    check();
                }
            });
        });
    }

    private boolean check() {
        vm.setBadDate("member.field.birthDate", DateFields.hasBadText(birthDatePicker));
        vm.setBadDate("member.field.admissionDate", DateFields.hasBadText(admissionDatePicker));
        vm.setBadDate("member.field.officialDate", DateFields.hasBadText(officialDatePicker));
        vm.setBadDate("member.field.entryDate", DateFields.hasBadText(entryDatePicker));
        boolean ok = vm.validate();
        decorations.refresh();
        return ok;
    }

    private boolean save() {
        check();
        boolean saved = vm.save();
        decorations.refresh();
        return saved;
    }

    @FXML
    private void onAddEvent() {
        MemberEventDialogController.open(ui, addEventButton.getScene().getWindow(), vm.history(), null)
                .ifPresent(vm::saveEvent);
    }

    @FXML
    private void onEditEvent() {
        TimelineEntry entry = timelineList.getSelectionModel().getSelectedItem();
        MemberEventDialogController.open(ui, addEventButton.getScene().getWindow(), vm.history(), entry.event())
                .ifPresent(vm::saveEvent);
    }

    @FXML
    private void onDeleteEvent() {
        vm.deleteEvent(timelineList.getSelectionModel().getSelectedItem());
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
