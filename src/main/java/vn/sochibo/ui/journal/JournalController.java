package vn.sochibo.ui.journal;

import java.time.LocalDateTime;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import vn.sochibo.service.Messages;
import vn.sochibo.service.journal.JournalLine;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The change journal screen for the main window's centre: period filter, the table, and export to Excel. */
public final class JournalController extends FxmlController {
    private final UiContext ui;
    private final JournalViewModel vm;
    @FXML
    private Label fromLabel;
    @FXML
    private Label toLabel;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private TableView<JournalLine> journalTable;
    @FXML
    private TableColumn<JournalLine, LocalDateTime> timeColumn;
    @FXML
    private TableColumn<JournalLine, String> actorColumn;
    @FXML
    private TableColumn<JournalLine, String> actionColumn;
    @FXML
    private TableColumn<JournalLine, String> subjectColumn;
    @FXML
    private TableColumn<JournalLine, String> detailsColumn;
    @FXML
    private Label statusLabel;

    /** The screen over its view-model; the caller runs {@code vm.load()} when the screen is shown. */
    public JournalController(UiContext ui, JournalViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        DateFields.configure(fromPicker, ui.i18n());
        DateFields.configure(toPicker, ui.i18n());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().at()));
        timeColumn.setCellFactory(c -> timeCell());
        actorColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action()));
        subjectColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().subject()));
        subjectColumn.setCellFactory(c -> fullTextCell());
        detailsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().details()));
        detailsColumn.setCellFactory(c -> fullTextCell());
        double scale = Styles.scale(ui.settings());
        journalTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        fromPicker.setPrefWidth(fromPicker.getPrefWidth() * scale);
        toPicker.setPrefWidth(toPicker.getPrefWidth() * scale);
        journalTable.setItems(vm.rows());
        vm.rows().addListener((javafx.collections.ListChangeListener<JournalLine>) c ->
                journalTable.scrollTo(Math.max(0, vm.rows().size() - 1)));
        statusLabel.textProperty().bind(vm.statusTextProperty());
    }

    private static TableCell<JournalLine, LocalDateTime> timeCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDateTime item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.dateTime(item));
            }
        };
    }

    /** Long kit names and details are cut off in the column; the tooltip shows them whole. */
    private static TableCell<JournalLine, String> fullTextCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
    }

    @FXML
    private void onRefresh() {
        vm.load();
    }

    @FXML
    private void onExport() {
        vm.exportExcel();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
