package vn.sochibo.ui.settings;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.ui.common.FormDialog;
import vn.sochibo.ui.common.FxmlController;
import vn.sochibo.ui.common.I18n;
import vn.sochibo.ui.common.Labels;
import vn.sochibo.ui.common.ScrollIntoView;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/**
 * The settings dialog: language and larger text (ticking it enlarges the dialog at once as a preview) and, when
 * opened with a password service, the branch password and the idle lock time.
 */
public final class SettingsDialogController extends FxmlController {
    private final UiContext ui;
    private final SettingsDialogViewModel vm;
    @FXML private ScrollPane formScroll;
    @FXML private VBox formBox;
    @FXML private ComboBox<String> languageBox;
    @FXML private CheckBox largerTextCheck;
    @FXML private VBox securityBox;
    @FXML private Label statusLabel;
    @FXML private ToggleGroup actionGroup;
    @FXML private RadioButton keepRadio;
    @FXML private RadioButton setRadio;
    @FXML private RadioButton changeRadio;
    @FXML private RadioButton removeRadio;
    @FXML private PasswordField currentField;
    @FXML private Label currentLabel;
    @FXML private PasswordField newField;
    @FXML private Label newLabel;
    @FXML private PasswordField repeatField;
    @FXML private Label repeatLabel;
    @FXML private Label newHintLabel;
    @FXML private VBox noticeBox;
    @FXML private Label changeNoticeLabel;
    @FXML private CheckBox understoodCheck;
    @FXML private Label removeNoticeLabel;
    @FXML private TextField idleField;
    @FXML private Label errorsLabel;

    public SettingsDialogController(UiContext ui, SettingsDialogViewModel vm) {
        this.ui = ui;
        this.vm = vm;
    }

    /** Shows the settings without the password part; true when language or text size changed (rebuild the window). */
    public static boolean show(UiContext ui, Window owner) {
        return show(ui, owner, null);
    }

    /**
     * Shows the settings with the password part; password changes are saved at once when Save is pressed (ask the
     * service again afterwards). True when language or text size changed and the window must be rebuilt.
     */
    public static boolean show(UiContext ui, Window owner, PasswordService passwords) {
        SettingsDialogViewModel vm = new SettingsDialogViewModel(ui.settings(), ui.i18n(), passwords);
        SettingsDialogController view = new SettingsDialogController(ui, vm);
        boolean saved = FormDialog.show(ui, owner, ui.i18n().tr("settings.dialog.title"), view.root(),
                vm::applyPassword);
        PasswordForm password = vm.password();
        if (password != null) {
            password.clear();
            if (saved && !password.doneMessage().isEmpty()) {
                ui.dialogs().showInfo(password.doneMessage());
            }
        }
        return saved && vm.save();
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(vm.languages());
        languageBox.setConverter(Labels.converter(vm::languageName));
        languageBox.valueProperty().bindBidirectional(vm.languageProperty());
        largerTextCheck.selectedProperty().bindBidirectional(vm.largerTextProperty());
        vm.largerTextProperty().addListener((o, was, larger) -> previewTextSize(larger));
        PasswordForm password = vm.password();
        securityBox.setVisible(password != null);
        securityBox.setManaged(password != null);
        if (password != null) {
            bindPassword(password);
        }
        errorsLabel.visibleProperty().bind(errorsLabel.textProperty().isNotEmpty());
        errorsLabel.managedProperty().bind(errorsLabel.visibleProperty());
        ScrollIntoView.install(formScroll);
        formBox.heightProperty().addListener((o, was, now) -> Platform.runLater(this::fitToScreen));
        errorsLabel.heightProperty().addListener((o, was, now) -> Platform.runLater(this::fitToScreen));
    }

    private void bindPassword(PasswordForm password) {
        statusLabel.setText(password.status());
        keepRadio.setUserData(PasswordForm.Action.KEEP);
        setRadio.setUserData(PasswordForm.Action.SET);
        changeRadio.setUserData(PasswordForm.Action.CHANGE);
        removeRadio.setUserData(PasswordForm.Action.REMOVE);
        showOnlyWhen(setRadio, password.passwordSetProperty().not());
        showOnlyWhen(changeRadio, password.passwordSetProperty());
        showOnlyWhen(removeRadio, password.passwordSetProperty());
        for (RadioButton r : new RadioButton[] {keepRadio, setRadio, changeRadio, removeRadio}) {
            // JavaFX's mnemonic only sends an action event, which does not select a radio button by itself
            r.addEventHandler(ActionEvent.ACTION, e -> r.setSelected(true));
        }
        actionGroup.selectToggle(keepRadio);
        actionGroup.selectedToggleProperty().addListener((o, was, now) -> password.actionProperty().set(
                now == null ? PasswordForm.Action.KEEP : (PasswordForm.Action) now.getUserData()));
        currentField.textProperty().bindBidirectional(password.currentProperty());
        newField.textProperty().bindBidirectional(password.newPasswordProperty());
        repeatField.textProperty().bindBidirectional(password.repeatProperty());
        understoodCheck.selectedProperty().bindBidirectional(password.understoodProperty());
        idleField.textProperty().bindBidirectional(password.idleMinutesProperty());
        showOnlyWhen(currentField, password.needsCurrent());
        showOnlyWhen(currentLabel, password.needsCurrent());
        for (Node n : new Node[] {newField, newLabel, repeatField, repeatLabel, newHintLabel, noticeBox}) {
            showOnlyWhen(n, password.needsNew());
        }
        showOnlyWhen(changeNoticeLabel, password.isChanging());
        showOnlyWhen(removeNoticeLabel, password.isRemoving());
        errorsLabel.textProperty().bind(password.errorsProperty());
        Map<String, Control> fields = Map.of(PasswordService.FIELD_CURRENT, currentField, PasswordService.FIELD_NEW,
                newField, PasswordForm.FIELD_REPEAT, repeatField, PasswordForm.FIELD_UNDERSTOOD, understoodCheck,
                PasswordService.FIELD_IDLE, idleField);
        password.focusRequestProperty().addListener((o, was, field) -> {
            if (field != null && fields.containsKey(field)) {
                fields.get(field).requestFocus();
            }
        });
    }

    /**
     * Enter saves, also on a tick box or a choice: JavaFX would press the focused box instead, so someone who ticks
     * "Tôi đã hiểu" and presses Enter would untick it and nothing would be saved.
     */
    private static void showOnlyWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Shows the whole form when the screen allows, else scrolls it, so Save stays on the screen. */
    private void fitToScreen() {
        Window window = formScroll.getScene() == null ? null : formScroll.getScene().getWindow();
        double width = formBox.getWidth() > 0 ? formBox.getWidth() : formBox.prefWidth(-1);
        double em = vm.largerTextProperty().get() ? Styles.LARGER_FONT_PX : Styles.BASE_FONT_PX;
        // everything around the form: title bar, messages, buttons (a guess until the window exists)
        double around = window != null && formScroll.getHeight() > 0 ? window.getHeight() - formScroll.getHeight()
                : 12 * em;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double wanted = Math.min(formBox.prefHeight(width), screen.getHeight() - around);
        if (Math.abs(formScroll.getPrefViewportHeight() - wanted) > 1) {
            formScroll.setPrefViewportHeight(wanted);
            if (window != null) {
                window.sizeToScene();
                keepOnScreen(window, screen);
            }
        }
    }

    /** A dialog that grew downwards (a section opened) moves up rather than hide its buttons below the screen. */
    private static void keepOnScreen(Window window, Rectangle2D screen) {
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
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
            keepOnScreen(node.getScene().getWindow(), Screen.getPrimary().getVisualBounds());
        }
    }

    @Override
    protected I18n i18n() {
        return ui.i18n();
    }
}
