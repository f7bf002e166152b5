package vn.sochibo.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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

/** The secretary comes back to a locked window, mistypes the password once, then unlocks. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class LockScreenGuiTest {
    private static final String PASSWORD = "hoa sen nở";
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private Database db;
    private PasswordService passwords;
    private Stage owner;
    private StackPane mainContent;

    @Start
    void start(Stage stage) {
        owner = stage;
        mainContent = new StackPane(new Label("Nguyễn Văn An — sinh 15/03/1950"));
        stage.setScene(new Scene(mainContent, 600, 400));
        stage.show();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("chibo.db"));
        passwords = new PasswordService(db);
        passwords.set(PASSWORD.toCharArray(), null);
    }

    @AfterEach
    void close() {
        db.close();
        t.dispose();
    }

    private CompletableFuture<Optional<char[]>> lock(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(LockScreenController.unlock(t.ui, owner, passwords,
                "CHI BỘ KHU PHỐ 3")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passwordField").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        robot.targetWindow(field.getScene().getWindow());
        assertTrue(field.isFocused(), "typing goes straight into the password field");
        return result;
    }

    @Test
    void unlock_wrongThenRightPassword_saysOnlySaiMatKhauThenReturnsThePassword(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> result = lock(robot);
        robot.write("hoa sen no").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Sai mật khẩu.", robot.lookup("#messageLabel").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#passwordField").queryAs(PasswordField.class).getText());
        assertFalse(result.isDone());

        robot.write(PASSWORD).type(KeyCode.ENTER);
        char[] password = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(PASSWORD, new String(password));
    }

    @Test
    void unlock_whileLocked_theMainWindowShowsNothingUntilUnlocked(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> result = lock(robot);

        assertFalse(mainContent.isVisible());

        robot.write(PASSWORD).type(KeyCode.ENTER);
        result.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(mainContent.isVisible());
    }

    @Test
    void unlock_quitChosenWithTheKeyboard_returnsNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> result = lock(robot);
        robot.press(KeyCode.ALT).press(KeyCode.T).release(KeyCode.T).release(KeyCode.ALT);

        assertEquals(Optional.empty(), result.get(10, TimeUnit.SECONDS));
    }
}
