package vn.sochibo.ui.member;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterService;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The roster import dialog: the members found in the file, every problem by row and column, and the Import button. */
public final class RosterImportDialogController extends FxmlController {
    private final UiContext ui;
    private final RosterImportDialogViewModel vm;
    @FXML
    private Label fileLabel;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label verdictLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private TableView<RosterImportMemberRow> membersTable;
    @FXML
    private TableColumn<RosterImportMemberRow, Number> rowColumn;
    @FXML
    private TableColumn<RosterImportMemberRow, String> nameColumn;
    @FXML
    private TableColumn<RosterImportMemberRow, LocalDate> birthColumn;
    @FXML
    private TableColumn<RosterImportMemberRow, String> cardColumn;
    @FXML
    private TableColumn<RosterImportMemberRow, LocalDate> admissionColumn;
    @FXML
    private TableColumn<RosterImportMemberRow, String> statusColumn;
    @FXML
    private TableColumn<RosterImportMemberRow, String> errorColumn;
    @FXML
    private TableView<RosterImportProblemRow> problemsTable;
    @FXML
    private TableColumn<RosterImportProblemRow, String> problemRowColumn;
    @FXML
    private TableColumn<RosterImportProblemRow, String> problemColumnColumn;
    @FXML
    private TableColumn<RosterImportProblemRow, String> levelColumn;
    @FXML
    private TableColumn<RosterImportProblemRow, String> messageColumn;
    @FXML
    private Button importButton;
    @FXML
    private Button closeButton;

    public RosterImportDialogController(UiContext ui, RosterImportDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Asks for a file, previews every problem, imports on confirmation; true when members were written. */
    public static boolean show(UiContext ui, Window owner, Services services) {
        RosterImportDialogViewModel vm = new RosterImportDialogViewModel(ui,
                new RosterService(services.members(), services.branch()));
        if (!vm.chooseFile()) {
            return false;
        }
        RosterImportDialogController controller = new RosterImportDialogController(ui, vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(ui.i18n().tr("roster.import.title"));
        Scene scene = new Scene(controller.root());
        if (ui.settings() != null) {
            Styles.apply(scene, ui.settings());
        }
        stage.setScene(scene);
        vm.closedProperty().addListener((o, was, closed) -> stage.close());
        vm.load();
        if (!vm.closedProperty().get()) {
            stage.showAndWait();
        }
        return vm.imported() > 0;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(vm.fileTextProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        verdictLabel.textProperty().bind(vm.verdictProperty());
        vm.hasErrorsProperty().addListener((o, was, errors) -> markError(errors));
        markError(vm.hasErrorsProperty().get());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        busyIndicator.managedProperty().bind(vm.busyProperty());
        importButton.disableProperty().bind(vm.canImportProperty().not());
        membersTable.setItems(vm.members());
        problemsTable.setItems(vm.problems());
        bindMemberColumns();
        bindProblemColumns();
    }

    private void bindMemberColumns() {
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        nameColumn.setCellValueFactory(value(RosterImportMemberRow::fullName));
        nameColumn.setComparator(vn.sochibo.model.text.VietnameseNames.nameOrder());
        birthColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().birthDate()));
        birthColumn.setCellFactory(c -> dateCell());
        cardColumn.setCellValueFactory(value(RosterImportMemberRow::cardNumber));
        admissionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().admissionDate()));
        admissionColumn.setCellFactory(c -> dateCell());
        statusColumn.setCellValueFactory(value(RosterImportMemberRow::status));
        errorColumn.setCellValueFactory(value(RosterImportMemberRow::problem));
    }

    private void bindProblemColumns() {
        problemRowColumn.setCellValueFactory(value(RosterImportProblemRow::row));
        problemColumnColumn.setCellValueFactory(value(RosterImportProblemRow::column));
        levelColumn.setCellValueFactory(value(RosterImportProblemRow::level));
        messageColumn.setCellValueFactory(value(RosterImportProblemRow::message));
        messageColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
    }

    private void markError(boolean errors) {
        verdictLabel.getStyleClass().remove("error-text");
        if (errors) {
            verdictLabel.getStyleClass().add("error-text");
        }
    }

    private static <R> javafx.util.Callback<TableColumn.CellDataFeatures<R, String>,
            javafx.beans.value.ObservableValue<String>> value(Function<R, String> getter) {
        return c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue()));
    }

    private static <R> TableCell<R, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Messages.date(item));
            }
        };
    }

    @FXML
    private void onImport() {
        vm.importAll();
    }

    @FXML
    private void onClose() {
        vm.cancel();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
