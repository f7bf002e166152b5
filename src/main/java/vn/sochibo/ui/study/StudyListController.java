package vn.sochibo.ui.study;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The study sessions screen: the year chooser, the year's sessions, the buttons and the document panel. */
public final class StudyListController extends FxmlController {
    private static final String BELOW = "warning-text";
    private final UiContext ui;
    private final StudyListViewModel vm;
    private final StudyActions actions;
    @FXML private Label yearLabel;
    @FXML private TableView<StudyRow> sessionTable;
    @FXML private TableColumn<StudyRow, String> dateColumn;
    @FXML private TableColumn<StudyRow, String> documentColumn;
    @FXML private TableColumn<StudyRow, String> levelColumn;
    @FXML private TableColumn<StudyRow, String> organiserColumn;
    @FXML private TableColumn<StudyRow, String> formColumn;
    @FXML private TableColumn<StudyRow, String> attendanceColumn;
    @FXML private TableColumn<StudyRow, String> rateColumn;
    @FXML private TableColumn<StudyRow, Integer> makeupColumn;
    @FXML private TableColumn<StudyRow, Integer> reflectionColumn;
    @FXML private Label documentHeadingLabel;
    @FXML private Label documentRateLabel;
    @FXML private Label debtsLabel;
    @FXML private ListView<String> debtList;
    @FXML private Label statusLabel;

    /** The screen over its view-model; {@code actions} opens forms and the roll, exports and prints. */
    public StudyListController(UiContext ui, StudyListViewModel vm, StudyActions actions) {
        this.ui = ui;
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        column(dateColumn, StudyRow::date);
        column(documentColumn, r -> r.session().documentSymbol());
        column(levelColumn, StudyRow::level);
        column(organiserColumn, StudyRow::organiser);
        column(formColumn, StudyRow::form);
        column(attendanceColumn, StudyRow::attendance);
        column(rateColumn, StudyRow::rate);
        column(makeupColumn, StudyRow::owedMakeups);
        column(reflectionColumn, StudyRow::owedReflections);
        rateColumn.setCellFactory(c -> rateCell());
        for (TableColumn<StudyRow, String> c : List.of(documentColumn, levelColumn, organiserColumn, formColumn)) {
            c.setCellFactory(x -> textCell(c == documentColumn));
        }
        double scale = Styles.scale(ui.settings());
        sessionTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        for (TableColumn<StudyRow, ?> c : List.of(dateColumn, attendanceColumn, rateColumn, makeupColumn,
                reflectionColumn)) {
            c.setMinWidth(c.getPrefWidth());
        }
        sessionTable.setItems(vm.rows());
        sessionTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty().set(row));
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != sessionTable.getSelectionModel().getSelectedItem()) {
                sessionTable.getSelectionModel().select(row);
            }
        });
        sessionTable.addEventHandler(KeyEvent.KEY_PRESSED, this::onTableKey);
        sessionTable.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                onRoll();
            }
        });
        yearLabel.textProperty().bind(vm.yearTextProperty());
        statusLabel.textProperty().bind(vm.statusTextProperty());
        documentHeadingLabel.textProperty().bind(vm.document().headingProperty());
        documentRateLabel.textProperty().bind(vm.document().participationProperty());
        debtsLabel.setLabelFor(debtList);
        debtList.setItems(vm.document().debts());
    }

    private static <T> void column(TableColumn<StudyRow, T> column, Function<StudyRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** Text that may be cut short on a narrow screen, whole in its tooltip (the document with its title). */
    private static TableCell<StudyRow, String> textCell(boolean document) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                StudyRow row = empty ? null : getTableRow().getItem();
                String whole = row != null && document ? row.document() : item;
                setTooltip(empty || whole == null || whole.isEmpty() ? null : new Tooltip(whole));
            }
        };
    }

    /** The rate, in the warning style when below the target (the words already say so). */
    private static TableCell<StudyRow, String> rateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                StudyRow row = empty ? null : getTableRow().getItem();
                getStyleClass().remove(BELOW);
                if (row != null && row.belowTarget()) {
                    getStyleClass().add(BELOW);
                }
            }
        };
    }

    /** Enter opens the roll, Delete deletes (after confirmation). */
    private void onTableKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            onRoll();
        } else if (e.getCode() == KeyCode.DELETE) {
            e.consume();
            onDelete();
        }
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
    private void onAdd() {
        actions.add();
    }

    @FXML
    private void onEdit() {
        vm.withSelected(actions::edit);
    }

    @FXML
    private void onDelete() {
        vm.delete();
    }

    @FXML
    private void onRoll() {
        vm.withSelected(actions::roll);
    }

    @FXML
    private void onExportYear() {
        actions.exportYear(vm.yearProperty().get());
    }

    @FXML
    private void onExportSession() {
        vm.withSelected(actions::exportSession);
    }

    @FXML
    private void onPrintList() {
        vm.withSelected(actions::printList);
    }

    @FXML
    private void onSaveList() {
        vm.withSelected(actions::saveList);
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
