package vn.sochibo.ui.meeting;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The agenda template editor: a type chooser, its lines and the fields of the chosen line, bound to the view-model. */
public final class AgendaTemplateController extends FxmlController {
    private final UiContext ui;
    private final AgendaTemplateViewModel vm;
    @FXML private Label typeLabel;
    @FXML private ComboBox<MeetingType> typeBox;
    @FXML private Label totalLabel;
    @FXML private TableView<AgendaRow> lineTable;
    @FXML private TableColumn<AgendaRow, String> numberColumn;
    @FXML private TableColumn<AgendaRow, String> kindColumn;
    @FXML private TableColumn<AgendaRow, String> titleColumn;
    @FXML private TableColumn<AgendaRow, String> minutesColumn;
    @FXML private Label kindLabel;
    @FXML private ComboBox<AgendaKind> kindBox;
    @FXML private Label titleLabel;
    @FXML private TextField titleField;
    @FXML private Label minutesLabel;
    @FXML private TextField minutesField;
    @FXML private Button addButton;
    @FXML private Button applyButton;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Label problemLabel;

    public AgendaTemplateController(UiContext ui, AgendaTemplateViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        MeetingTexts texts = new MeetingTexts(ui.i18n());
        typeLabel.setLabelFor(typeBox);
        kindLabel.setLabelFor(kindBox);
        titleLabel.setLabelFor(titleField);
        minutesLabel.setLabelFor(minutesField);
        typeBox.setItems(vm.types());
        typeBox.setConverter(Labels.converter(texts::type));
        typeBox.valueProperty().bindBidirectional(vm.typeProperty());
        column(numberColumn, AgendaRow::number);
        column(kindColumn, AgendaRow::kind);
        column(titleColumn, AgendaRow::title);
        column(minutesColumn, AgendaRow::minutes);
        lineTable.setItems(vm.rows());
        lineTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != lineTable.getSelectionModel().getSelectedItem()) {
                lineTable.getSelectionModel().select(row);
            }
        });
        kindBox.setItems(vm.form().kinds());
        kindBox.setConverter(Labels.converter(texts::kind));
        kindBox.valueProperty().bindBidirectional(vm.form().kindProperty());
        titleField.textProperty().bindBidirectional(vm.form().titleProperty());
        minutesField.textProperty().bindBidirectional(vm.form().minutesProperty());
        totalLabel.textProperty().bind(vm.totalTextProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
    }

    private static void column(TableColumn<AgendaRow, String> column, Function<AgendaRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void onAdd() {
        vm.add();
    }

    @FXML
    private void onApply() {
        vm.apply();
    }

    @FXML
    private void onRemove() {
        vm.remove();
    }

    @FXML
    private void onUp() {
        vm.move(-1);
    }

    @FXML
    private void onDown() {
        vm.move(1);
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onReset() {
        vm.reset();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
