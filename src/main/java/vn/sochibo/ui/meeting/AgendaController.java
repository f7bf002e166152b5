package vn.sochibo.ui.meeting;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.UiContext;

/** The agenda editor of a meeting: items, duration, carried-over work and tasks, bound to the view-model. */
public final class AgendaController extends FxmlController {
    private final UiContext ui;
    private final AgendaViewModel vm;
    @FXML private Label durationLabel;
    @FXML private Label itemsLabel;
    @FXML private TableView<AgendaRow> itemTable;
    @FXML private TableColumn<AgendaRow, String> numberColumn;
    @FXML private TableColumn<AgendaRow, String> kindColumn;
    @FXML private TableColumn<AgendaRow, String> titleColumn;
    @FXML private TableColumn<AgendaRow, String> minutesColumn;
    @FXML private TableColumn<AgendaRow, String> doneColumn;
    @FXML private Label kindLabel;
    @FXML private ComboBox<AgendaKind> kindBox;
    @FXML private Label titleLabel;
    @FXML private TextField titleField;
    @FXML private Label minutesLabel;
    @FXML private TextField minutesField;
    @FXML private Button addItemButton;
    @FXML private Button applyItemButton;
    @FXML private Button removeItemButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private ListView<String> carriedList;
    @FXML private Label tasksLabel;
    @FXML private TableView<TaskRow> taskTable;
    @FXML private TableColumn<TaskRow, String> taskTextColumn;
    @FXML private TableColumn<TaskRow, String> taskOwnerColumn;
    @FXML private TableColumn<TaskRow, String> taskDueColumn;
    @FXML private TableColumn<TaskRow, String> taskStatusColumn;
    @FXML private TableColumn<TaskRow, String> taskOverdueColumn;
    @FXML private Label taskTextLabel;
    @FXML private TextField taskTextField;
    @FXML private Label ownerLabel;
    @FXML private ComboBox<PersonChoice> ownerBox;
    @FXML private Label dueLabel;
    @FXML private DatePicker duePicker;
    @FXML private Label statusLabel;
    @FXML private ComboBox<TaskStatus> statusBox;
    @FXML private Button addTaskButton;
    @FXML private Button applyTaskButton;
    @FXML private Button removeTaskButton;
    @FXML private Label problemLabel;

    public AgendaController(UiContext ui, AgendaViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        MeetingTexts texts = new MeetingTexts(ui.i18n());
        itemsLabel.setLabelFor(itemTable);
        kindLabel.setLabelFor(kindBox);
        titleLabel.setLabelFor(titleField);
        minutesLabel.setLabelFor(minutesField);
        tasksLabel.setLabelFor(taskTable);
        taskTextLabel.setLabelFor(taskTextField);
        ownerLabel.setLabelFor(ownerBox);
        dueLabel.setLabelFor(duePicker);
        statusLabel.setLabelFor(statusBox);
        column(numberColumn, AgendaRow::number);
        column(kindColumn, AgendaRow::kind);
        column(titleColumn, AgendaRow::title);
        column(minutesColumn, AgendaRow::minutes);
        column(doneColumn, AgendaRow::done);
        itemTable.setItems(vm.rows());
        bindSelection(itemTable, vm.selectedProperty());
        kindBox.setItems(vm.form().kinds());
        kindBox.setConverter(Labels.converter(texts::kind));
        kindBox.valueProperty().bindBidirectional(vm.form().kindProperty());
        titleField.textProperty().bindBidirectional(vm.form().titleProperty());
        minutesField.textProperty().bindBidirectional(vm.form().minutesProperty());
        carriedList.setItems(vm.carried());
        bindTasks(texts);
        durationLabel.textProperty().bind(vm.durationTextProperty());
        problemLabel.textProperty().bind(vm.problemProperty());
        for (Button b : new Button[] {addItemButton, applyItemButton, removeItemButton, upButton, downButton,
            addTaskButton, removeTaskButton}) {
            b.disableProperty().bind(vm.readOnlyProperty());
        }
    }

    private void bindTasks(MeetingTexts texts) {
        AgendaTasks tasks = vm.tasks();
        column(taskTextColumn, TaskRow::text);
        column(taskOwnerColumn, TaskRow::owner);
        column(taskDueColumn, TaskRow::due);
        column(taskStatusColumn, TaskRow::status);
        column(taskOverdueColumn, TaskRow::overdue);
        taskTable.setItems(tasks.rows());
        bindSelection(taskTable, tasks.selectedProperty());
        taskTextField.textProperty().bindBidirectional(tasks.textProperty());
        ownerBox.setItems(tasks.owners());
        ownerBox.valueProperty().bindBidirectional(tasks.ownerProperty());
        DateFields.configure(duePicker, ui.i18n());
        duePicker.valueProperty().bindBidirectional(tasks.dueProperty());
        statusBox.setItems(tasks.statuses());
        statusBox.setConverter(Labels.converter(texts::taskStatus));
        statusBox.valueProperty().bindBidirectional(tasks.statusProperty());
    }

    private static <R> void bindSelection(TableView<R> table, javafx.beans.property.ObjectProperty<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> selected.set(row));
        selected.addListener((o, a, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void onAddItem() {
        vm.add();
    }

    @FXML
    private void onApplyItem() {
        vm.apply();
    }

    @FXML
    private void onRemoveItem() {
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
    private void onAddTask() {
        vm.tasks().add();
    }

    @FXML
    private void onApplyTask() {
        vm.tasks().apply();
    }

    @FXML
    private void onRemoveTask() {
        vm.tasks().remove();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
