package vn.sochibo.ui.meeting;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The meetings screen: the year chooser, the warnings, the year's meetings and the buttons acting on them. */
public final class MeetingListController extends FxmlController {
    private final UiContext ui;
    private final MeetingListViewModel vm;
    private final MeetingDialogs dialogs;
    private final MeetingActions actions;
    @FXML private Button previousYearButton;
    @FXML private Label yearLabel;
    @FXML private Button nextYearButton;
    @FXML private Button planButton;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button agendaButton;
    @FXML private Button templatesButton;
    @FXML private Button rollCallButton;
    @FXML private Button minutesButton;
    @FXML private Button exportMinutesButton;
    @FXML private Button exportResolutionButton;
    @FXML private MenuButton printButton;
    @FXML private Button attendanceYearButton;
    @FXML private Label warningLabel;
    @FXML private TableView<MeetingRow> meetingTable;
    @FXML private TableColumn<MeetingRow, String> monthColumn;
    @FXML private TableColumn<MeetingRow, String> dateColumn;
    @FXML private TableColumn<MeetingRow, String> typeColumn;
    @FXML private TableColumn<MeetingRow, String> stateColumn;
    @FXML private TableColumn<MeetingRow, String> topicColumn;
    @FXML private Label statusLabel;

    /** The screen over its view-model; {@code actions} carries out roll call, minutes, documents and printing. */
    public MeetingListController(UiContext ui, MeetingListViewModel vm, MeetingDialogs dialogs,
                                 MeetingActions actions) {
        this.ui = ui;
        this.vm = vm;
        this.dialogs = dialogs;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        column(monthColumn, MeetingRow::month);
        column(dateColumn, MeetingRow::date);
        column(typeColumn, MeetingRow::type);
        column(stateColumn, MeetingRow::state);
        column(topicColumn, MeetingRow::topic);
        double scale = Styles.scale(ui.settings());
        meetingTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        for (TableColumn<MeetingRow, String> c : List.of(monthColumn, dateColumn)) {
            c.setMinWidth(c.getPrefWidth());
        }
        meetingTable.setItems(vm.rows());
        meetingTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != meetingTable.getSelectionModel().getSelectedItem()) {
                meetingTable.getSelectionModel().select(row);
            }
        });
        meetingTable.addEventHandler(KeyEvent.KEY_PRESSED, this::onTableKey);
        meetingTable.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                onAgenda();
            }
        });
        yearLabel.textProperty().bind(vm.yearTextProperty());
        warningLabel.textProperty().bind(vm.warningTextProperty());
        warningLabel.visibleProperty().bind(vm.hasWarnings());
        warningLabel.managedProperty().bind(vm.hasWarnings());
        statusLabel.textProperty().bind(vm.statusTextProperty());
    }

    private static void column(TableColumn<MeetingRow, String> column, Function<MeetingRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Enter opens the agenda, Delete deletes (after confirmation). */
    private void onTableKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            onAgenda();
        } else if (e.getCode() == KeyCode.DELETE) {
            e.consume();
            onDelete();
        }
    }

    /** Reloads the year shown. */
    public void refresh() {
        vm.load();
    }

    @FXML
    private void onPreviousYear() {
        vm.previousYear();
    }

    @FXML
    private void onNextYear() {
        vm.nextYear();
    }

    @FXML
    private void onPlan() {
        vm.planYear();
    }

    @FXML
    private void onAdd() {
        dialogs.create(vm);
    }

    @FXML
    private void onEdit() {
        vm.withSelected(m -> dialogs.edit(vm, m));
    }

    @FXML
    private void onDelete() {
        vm.delete();
    }

    @FXML
    private void onAgenda() {
        vm.withSelected(m -> dialogs.agenda(vm, m));
    }

    @FXML
    private void onTemplates() {
        dialogs.templates();
    }

    @FXML
    private void onRollCall() {
        vm.withSelected(actions::openRollCall);
    }

    @FXML
    private void onMinutes() {
        vm.withSelected(actions::openMinutes);
    }

    @FXML
    private void onExportMinutes() {
        vm.withSelected(actions::exportMinutes);
    }

    @FXML
    private void onExportResolution() {
        vm.withSelected(actions::exportResolution);
    }

    @FXML
    private void onPrint() {
        vm.withSelected(actions::print);
    }

    @FXML
    private void onPrintAgenda() {
        vm.withSelected(actions::printAgenda);
    }

    @FXML
    private void onPrintInvitation() {
        vm.withSelected(actions::printInvitation);
    }

    @FXML
    private void onPrintSignIn() {
        vm.withSelected(actions::printSignInSheet);
    }

    @FXML
    private void onAttendanceYear() {
        actions.exportAttendanceYear(vm.yearProperty().get());
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
