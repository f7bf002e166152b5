package vn.sochibo.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/** The settings dialog: language and larger text; ticking "larger text" enlarges the dialog at once as a preview. */
public final class SettingsDialogController extends FxmlController {
    private final UiContext ui;
    private final SettingsDialogViewModel vm;
    @FXML
    private ComboBox<String> languageBox;
    @FXML
    private CheckBox largerTextCheck;

    public SettingsDialogController(UiContext ui, SettingsDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Shows the settings; true when language or text size changed and the window must be rebuilt. */
    public static boolean show(UiContext ui, Window owner) {
        SettingsDialogViewModel vm = new SettingsDialogViewModel(ui.settings(), ui.i18n());
        SettingsDialogController view = new SettingsDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, ui.i18n().tr("settings.dialog.title"), view.root(), () -> true);
        return saved && vm.save();
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(vm.languages());
        languageBox.setConverter(Labels.converter(vm::languageName));
        languageBox.valueProperty().bindBidirectional(vm.languageProperty());
        largerTextCheck.selectedProperty().bindBidirectional(vm.largerTextProperty());
        vm.largerTextProperty().addListener((o, was, larger) -> previewTextSize(larger));
    }

    private void previewTextSize(boolean larger) {
        Node node = largerTextCheck;
        while (node != null && !(node instanceof DialogPane)) {
            node = node.getParent();
        }
        if (node != null) {
            node.setStyle("-fx-font-size: " + (larger ? Styles.LARGER_FONT_PX : Styles.BASE_FONT_PX) + "px;");
            node.applyCss();
            node.getScene().getWindow().sizeToScene();
        }
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
