package vn.sochibo.ui.home;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.sochibo.service.home.HomeCharts;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The home screen's view: today, the reminders table, the three charts, and open / refresh / print. */
public final class HomeController extends FxmlController {
    private final UiContext ui;
    private final HomeViewModel vm;
    private final Supplier<Window> owner;
    private ChartPanel chartPanel;
    @FXML
    private Label todayLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private Label remindersLabel;
    @FXML
    private TableView<ReminderRow> remindersTable;
    @FXML
    private TableColumn<ReminderRow, String> groupColumn;
    @FXML
    private TableColumn<ReminderRow, String> kindColumn;
    @FXML
    private TableColumn<ReminderRow, String> subjectColumn;
    @FXML
    private TableColumn<ReminderRow, String> dueColumn;
    @FXML
    private TableColumn<ReminderRow, String> whenColumn;
    @FXML
    private TableColumn<ReminderRow, String> ruleColumn;
    @FXML
    private VBox chartsBox;
    @FXML
    private VBox printArea;

    public HomeController(UiContext ui, HomeViewModel vm, Supplier<Window> owner) {
        this.ui = ui;
        this.vm = vm;
        this.owner = owner;
    }

    @FXML
    private void initialize() {
        todayLabel.textProperty().bind(vm.todayTextProperty());
        statusLabel.textProperty().bind(vm.statusTextProperty());
        remindersLabel.setLabelFor(remindersTable);
        column(groupColumn, ReminderRow::groupText);
        column(kindColumn, ReminderRow::kindText);
        column(subjectColumn, ReminderRow::subject);
        column(dueColumn, ReminderRow::dueText);
        column(whenColumn, ReminderRow::whenText);
        column(ruleColumn, ReminderRow::rule);
        double scale = Styles.scale(ui.settings());
        remindersTable.getColumns().forEach(c -> c.setPrefWidth(c.getPrefWidth() * scale));
        remindersTable.setItems(vm.rows());
        remindersTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.selectedProperty()
                .set(row));
        remindersTable.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
        remindersTable.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onTableClick);
        chartPanel = new ChartPanel(ui.i18n(), chartsBox);
        vm.chartsProperty().addListener((o, a, charts) -> showCharts(charts));
    }

    private static void column(TableColumn<ReminderRow, String> c, java.util.function.Function<ReminderRow, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    private void onTableKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            vm.openSelected();
        }
    }

    private void onTableClick(MouseEvent e) {
        if (e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
            vm.openSelected();
        }
    }

    private void showCharts(HomeCharts charts) {
        if (charts != null) {
            chartPanel.show(charts);
        }
    }

    @FXML
    private void onOpen() {
        vm.openSelected();
    }

    @FXML
    private void onRefresh() {
        vm.load();
    }

    @FXML
    private void onPrint() {
        HomePrint.print(ui, owner.get(), printArea);
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
