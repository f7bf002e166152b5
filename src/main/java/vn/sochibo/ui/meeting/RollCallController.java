package vn.sochibo.ui.meeting;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import java.util.function.Function;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.RollKeys;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The roll call screen: the table marked by keys, the reason and note of the selected person, counts, guests. */
public final class RollCallController extends FxmlController {
    private final UiContext ui;
    private final RollCallViewModel vm;
    @FXML
    private Label headingLabel;
    @FXML
    private Button allPresentButton;
    @FXML
    private Button presentButton;
    @FXML
    private Button excusedButton;
    @FXML
    private Button unexcusedButton;
    @FXML
    private Button clearButton;
    @FXML
    private Button noteButton;
    @FXML
    private TableView<RollRow> rollTable;
    @FXML
    private TableColumn<RollRow, Integer> numberColumn;
    @FXML
    private TableColumn<RollRow, String> nameColumn;
    @FXML
    private TableColumn<RollRow, String> gradeColumn;
    @FXML
    private TableColumn<RollRow, String> categoryColumn;
    @FXML
    private TableColumn<RollRow, String> markColumn;
    @FXML
    private TableColumn<RollRow, String> reasonColumn;
    @FXML
    private TableColumn<RollRow, String> noteColumn;
    @FXML
    private Label reasonLabel;
    @FXML
    private TextField reasonField;
    @FXML
    private Label noteLabel;
    @FXML
    private TextField noteField;
    @FXML
    private Label countsLabel;
    @FXML
    private Label guestNameLabel;
    @FXML
    private TextField guestNameField;
    @FXML
    private Label guestPostLabel;
    @FXML
    private TextField guestPostField;
    @FXML
    private Button addGuestButton;
    @FXML
    private Button removeGuestButton;
    @FXML
    private ListView<Guest> guestList;
    @FXML
    private Label messageLabel;

    /** The screen over its view-model; the caller runs {@code vm.load()} when the screen is shown. */
    public RollCallController(UiContext ui, RollCallViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        reasonLabel.setLabelFor(reasonField);
        noteLabel.setLabelFor(noteField);
        guestNameLabel.setLabelFor(guestNameField);
        guestPostLabel.setLabelFor(guestPostField);
        headingLabel.textProperty().bind(vm.headingProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        guestNameField.textProperty().bindBidirectional(vm.guestNameProperty());
        guestPostField.textProperty().bindBidirectional(vm.guestPostProperty());
        column(numberColumn, RollRow::number);
        column(nameColumn, RollRow::name);
        column(gradeColumn, RollRow::grade);
        column(categoryColumn, RollRow::category);
        column(markColumn, RollRow::mark);
        column(reasonColumn, RollRow::reason);
        column(noteColumn, RollRow::note);
        double scale = Styles.scale(ui.settings());
        rollTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        rollTable.setItems(vm.rows());
        rollTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> follow(b));
        rollTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> RollKeys.handle(e, vm));
        rollTable.addEventFilter(KeyEvent.KEY_TYPED, e -> RollKeys.handle(e, vm));
        vm.reasonWantedProperty().addListener((o, a, wanted) -> {
            if (wanted) {
                reasonField.requestFocus();
            } else if (reasonField.isFocused()) {
                rollTable.requestFocus();
            }
        });
        guestList.setItems(vm.guests());
        guestList.setCellFactory(l -> guestCell());
        for (var control : new javafx.scene.Node[] {allPresentButton, presentButton, excusedButton, unexcusedButton,
            clearButton, noteButton, reasonField, noteField, guestNameField, guestPostField, addGuestButton,
            removeGuestButton}) {
            control.disableProperty().bind(vm.readOnlyProperty());
        }
    }

    private static <T> void column(TableColumn<RollRow, T> column, Function<RollRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** The table follows the view-model's selection (after a mark it moves to the next person). */
    private void follow(RollRow row) {
        if (row != null && rollTable.getSelectionModel().getSelectedItem() != row) {
            rollTable.getSelectionModel().select(row);
            rollTable.scrollTo(Math.max(0, rollTable.getSelectionModel().getSelectedIndex() - 3));
        }
    }

    private ListCell<Guest> guestCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Guest item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.post().isEmpty() ? item.name()
                        : ui.i18n().tr("roll.view.guestLine", item.name(), item.post()));
            }
        };
    }

    @FXML
    private void onAllPresent() {
        vm.markAllPresent();
    }

    @FXML
    private void onPresent() {
        vm.markPresent();
    }

    @FXML
    private void onExcused() {
        vm.markExcused();
    }

    @FXML
    private void onUnexcused() {
        vm.markUnexcused();
    }

    @FXML
    private void onClear() {
        vm.clearMark();
    }

    @FXML
    private void onSaveNote() {
        vm.saveNote();
    }

    @FXML
    private void onAddGuest() {
        vm.addGuest();
    }

    @FXML
    private void onRemoveGuest() {
        vm.removeGuest(guestList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onExportExcel() {
        vm.exportExcel();
    }

    @FXML
    private void onSignIn() {
        vm.exportSignInSheet();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
