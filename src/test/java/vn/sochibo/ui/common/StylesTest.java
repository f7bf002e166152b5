package vn.sochibo.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.testutil.TestUi;

/** The style sheet, named by its class-path path (no URL), really reaches windows and dialogs. */
class StylesTest {
    private final TestUi t = new TestUi();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void dispose() {
        t.dispose();
    }

    private static Label errorLabel() {
        Label label = new Label("Sai mật khẩu.");
        label.getStyleClass().add("error-text");
        return label;
    }

    @Test
    void apply_onAScene_errorTextIsDarkRedAtTheBaseSize() throws Exception {
        Label label = WaitForAsyncUtils.asyncFx(() -> {
            Label l = errorLabel();
            Scene scene = new Scene(new StackPane(l));
            Styles.apply(scene, t.ui.settings());
            scene.getRoot().applyCss();
            return l;
        }).get();

        assertEquals(Color.web("#a00000"), label.getTextFill());
        assertEquals(Styles.BASE_FONT_PX, label.getFont().getSize(), 0.01);
    }

    @Test
    void sheet_addedToAPaneAsInDialogs_errorTextIsDarkRed() throws Exception {
        Label label = WaitForAsyncUtils.asyncFx(() -> {
            Label l = errorLabel();
            StackPane pane = new StackPane(l);
            pane.getStylesheets().add(Styles.SHEET);
            new Scene(pane);
            pane.applyCss();
            return l;
        }).get();

        assertEquals(Color.web("#a00000"), label.getTextFill());
    }
}
