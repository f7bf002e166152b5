package vn.sochibo.ui.backup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The "Data and backups" screen, shown in the main window's centre. */
public final class BackupController extends FxmlController {
    private final UiContext ui;
    private final BackupViewModel vm;
    @FXML
    private Label databaseLabel;
    @FXML
    private Label folderLabel;
    @FXML
    private Label listLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Button backupNowButton;
    @FXML
    private Button chooseFolderButton;
    @FXML
    private Button checkButton;
    @FXML
    private Button restoreButton;
    @FXML
    private TableView<BackupRow> backupsTable;
    @FXML
    private TableColumn<BackupRow, String> dateColumn;
    @FXML
    private TableColumn<BackupRow, String> kindColumn;
    @FXML
    private TableColumn<BackupRow, String> membersColumn;
    @FXML
    private TableColumn<BackupRow, String> meetingsColumn;
    @FXML
    private TableColumn<BackupRow, String> encryptedColumn;
    @FXML
    private TableColumn<BackupRow, String> stateColumn;

    public BackupController(UiContext ui, BackupViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        databaseLabel.textProperty().bind(vm.databaseTextProperty());
        folderLabel.textProperty().bind(vm.folderTextProperty());
        statusLabel.textProperty().bind(vm.statusTextProperty());
        listLabel.setLabelFor(backupsTable);
        bind(dateColumn, BackupRow::date);
        bind(kindColumn, BackupRow::kind);
        bind(membersColumn, BackupRow::members);
        bind(meetingsColumn, BackupRow::meetings);
        bind(encryptedColumn, BackupRow::encrypted);
        bind(stateColumn, BackupRow::state);
        double scale = Styles.scale(ui.settings());
        backupsTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        backupsTable.setItems(vm.rows());
        backupsTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> backupsTable.getSelectionModel().select(b));
        for (Button b : new Button[] {backupNowButton, chooseFolderButton, checkButton, restoreButton}) {
            b.disableProperty().bind(vm.busyProperty());
        }
        vm.load();
    }

    private static void bind(TableColumn<BackupRow, String> column, Function<BackupRow, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
    }

    /** Reads the backup list again (when the screen is shown again). */
    public void refresh() {
        vm.load();
    }

    @FXML
    private void onBackupNow() {
        vm.backupNow();
    }

    @FXML
    private void onChooseFolder() {
        vm.chooseFolder();
    }

    @FXML
    private void onCheck() {
        vm.checkAll();
    }

    @FXML
    private void onRestore() {
        vm.restoreSelected();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
