package vn.sochibo.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.service.security.PasswordService;
import vn.sochibo.store.Database;
import vn.sochibo.testutil.TestUi;

/** The secretary sets a branch password in the settings with the keyboard, after reading the notice. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class SettingsDialogGuiTest {
    private static final String PASSWORD = "hoa sen nở";
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private Database db;
    private PasswordService passwords;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Sổ Chi Bộ")), 400, 300));
        stage.show();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("chibo.db"));
        passwords = new PasswordService(db);
    }

    @AfterEach
    void close() {
        db.close();
        t.dispose();
    }

    private CompletableFuture<Boolean> show(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(SettingsDialogController.show(t.ui, owner, passwords)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#languageBox").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#languageBox").query().getScene().getWindow());
        return result;
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getParent().isVisible();
    }

    @Test
    void show_noPasswordYet_offersOnlyToSetOneAndHidesTheFields(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> result = show(robot);

        assertTrue(shown(robot, "#setRadio"));
        assertFalse(shown(robot, "#changeRadio"));
        assertFalse(shown(robot, "#newField"));
        assertFalse(shown(robot, "#noticeBox"));
        robot.type(KeyCode.ESCAPE);
        assertFalse(result.get(10, TimeUnit.SECONDS));
    }

    @Test
    void show_passwordSetWithTheKeyboard_needsTheTickAndThenTakesEffectAtOnce(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> result = show(robot);
        alt(robot, KeyCode.M);
        assertTrue(shown(robot, "#noticeBox"));
        alt(robot, KeyCode.I);
        robot.write(PASSWORD);
        alt(robot, KeyCode.P);
        robot.write(PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(result.isDone(), "saving without the tick is refused");
        String errors = robot.lookup("#errorsLabel").queryAs(Label.class).getText();
        assertTrue(errors.contains("Ô “Tôi đã hiểu”: cần đánh dấu"), errors);
        assertFalse(passwords.isSet());

        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertFalse(result.get(10, TimeUnit.SECONDS), "no window rebuild for a password");
        assertTrue(passwords.verify(PASSWORD.toCharArray()));
        assertEquals(List.of("Đã đặt mật khẩu. Từ nay mỗi lần mở chương trình phải nhập mật khẩu này."),
                t.dialogs.infos);
    }

    @Test
    void show_passwordSet_offersChangeAndRemoveWithTheCurrentPassword(FxRobot robot) throws Exception {
        passwords.set(PASSWORD.toCharArray(), null);
        CompletableFuture<Boolean> result = show(robot);

        assertFalse(shown(robot, "#setRadio"));
        alt(robot, KeyCode.B);
        assertTrue(shown(robot, "#currentField"));
        assertFalse(shown(robot, "#newField"));
        alt(robot, KeyCode.T);
        robot.write(PASSWORD).type(KeyCode.ENTER);

        assertFalse(result.get(10, TimeUnit.SECONDS));
        assertFalse(passwords.isSet());
    }
}
