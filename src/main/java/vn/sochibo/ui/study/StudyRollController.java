package vn.sochibo.ui.study;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.RollKeys;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The roll of a study session: the table marked by keys, reason, make-up and reflection dates, live counts. */
public final class StudyRollController extends FxmlController {
    private final UiContext ui;
    private final StudyRollViewModel vm;
    @FXML private Label headingLabel;
    @FXML private TableView<StudyRollRow> rollTable;
    @FXML private TableColumn<StudyRollRow, Integer> numberColumn;
    @FXML private TableColumn<StudyRollRow, String> nameColumn;
    @FXML private TableColumn<StudyRollRow, String> categoryColumn;
    @FXML private TableColumn<StudyRollRow, String> markColumn;
    @FXML private TableColumn<StudyRollRow, String> reasonColumn;
    @FXML private TableColumn<StudyRollRow, String> makeupColumn;
    @FXML private TableColumn<StudyRollRow, String> reflectionColumn;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;
    @FXML private Label makeupLabel;
    @FXML private DatePicker makeupPicker;
    @FXML private Label reflectionLabel;
    @FXML private DatePicker reflectionPicker;
    @FXML private Button reflectionButton;
    @FXML private Label countsLabel;
    @FXML private Label messageLabel;

    /** The roll over its view-model; the caller runs {@code vm.load()} when it is shown. */
    public StudyRollController(UiContext ui, StudyRollViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        reasonLabel.setLabelFor(reasonField);
        makeupLabel.setLabelFor(makeupPicker);
        reflectionLabel.setLabelFor(reflectionPicker);
        headingLabel.textProperty().bind(vm.headingProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        DateFields.configure(makeupPicker, ui.i18n());
        makeupPicker.valueProperty().bindBidirectional(vm.makeupDateProperty());
        DateFields.configure(reflectionPicker, ui.i18n());
        reflectionPicker.valueProperty().bindBidirectional(vm.reflectionDateProperty());
        reflectionPicker.disableProperty().bind(vm.reflectionRequiredProperty().not());
        reflectionButton.disableProperty().bind(vm.reflectionRequiredProperty().not());
        column(numberColumn, StudyRollRow::number);
        column(nameColumn, StudyRollRow::name);
        column(categoryColumn, StudyRollRow::category);
        column(markColumn, StudyRollRow::mark);
        column(reasonColumn, StudyRollRow::reason);
        column(makeupColumn, StudyRollRow::makeup);
        column(reflectionColumn, StudyRollRow::reflection);
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
    }

    private static <T> void column(TableColumn<StudyRollRow, T> column, Function<StudyRollRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** The table follows the view-model's selection (after a mark it moves to the next person). */
    private void follow(StudyRollRow row) {
        if (row != null && rollTable.getSelectionModel().getSelectedItem() != row) {
            rollTable.getSelectionModel().select(row);
            rollTable.scrollTo(Math.max(0, rollTable.getSelectionModel().getSelectedIndex() - 3));
        }
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
    private void onSaveMakeup() {
        vm.saveMakeup(DateFields.hasBadText(makeupPicker));
    }

    @FXML
    private void onSaveReflection() {
        vm.saveReflection(DateFields.hasBadText(reflectionPicker));
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
