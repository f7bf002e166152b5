package vn.sochibo.ui.meeting;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import vn.sochibo.model.meeting.MinutesVersion;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.UiContext;

/** The adopted versions of the minutes (date and reason) on the left, the chosen version's text on the right. */
public final class MinutesHistoryController extends FxmlController {
    private final UiContext ui;
    private final MinutesHistoryViewModel vm;
    private Runnable close = () -> { };
    @FXML private Label versionsLabel;
    @FXML private ListView<MinutesVersion> versionsList;
    @FXML private Label textLabel;
    @FXML private TextArea textArea;
    @FXML private Button closeButton;

    public MinutesHistoryController(UiContext ui, MinutesHistoryViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        versionsLabel.setLabelFor(versionsList);
        textLabel.setLabelFor(textArea);
        versionsList.setItems(vm.versions());
        versionsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MinutesVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.line(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> versionsList.getSelectionModel().select(b));
        versionsList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        textArea.textProperty().bind(vm.textProperty());
        versionsList.getSelectionModel().select(vm.selectedProperty().get());
    }

    void onClose(Runnable action) {
        close = action;
    }

    @FXML
    private void onCloseView() {
        close.run();
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
