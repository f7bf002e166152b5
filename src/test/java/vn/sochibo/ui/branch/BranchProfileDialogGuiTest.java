package vn.sochibo.ui.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.ui.branch.Histories.official;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.testutil.TestUi;

/** The secretary creates the branch profile with the keyboard and mouse, as on the welcome screen. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class BranchProfileDialogGuiTest {
    private final TestUi t = new TestUi();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Sổ Chi Bộ")), 400, 300));
        stage.show();
    }

    @AfterEach
    void dispose() {
        t.dispose();
    }

    private CompletableFuture<Optional<BranchProfile>> open(FxRobot robot) throws Exception {
        CompletableFuture<Optional<BranchProfile>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(BranchProfileDialogController.edit(t.ui, owner, null,
                List.of(official(1, "Nguyễn Văn An")))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#superiorField").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    @Test
    void edit_namesTypedAndSaved_returnsTheProfile(FxRobot robot) throws Exception {
        CompletableFuture<Optional<BranchProfile>> result = open(robot);
        robot.clickOn("#superiorField").write("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH");
        robot.clickOn("#branchField").write("CHI BỘ KHU PHỐ 3");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(result.isDone(), "saving without the place name is refused");
        String errors = robot.lookup("#errorsLabel").queryAs(Label.class).getText();
        assertTrue(errors.contains("Địa danh ghi ngày tháng: cần nhập"), errors);

        robot.clickOn("#placeField").write("Hoà Bình");
        robot.type(KeyCode.ENTER);
        BranchProfile saved = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", saved.superiorName());
        assertEquals("CHI BỘ KHU PHỐ 3", saved.branchName());
        assertEquals("Hoà Bình", saved.placeName());
        assertEquals(DocumentSettings.DEFAULT, saved.documents());
    }

    @Test
    void edit_deputyChosenWithTheKeyboardOnly_isSaved(FxRobot robot) throws Exception {
        CompletableFuture<Optional<BranchProfile>> result = open(robot);
        robot.targetWindow(robot.lookup("#superiorField").query().getScene().getWindow());
        robot.write("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH");
        robot.push(KeyCode.TAB).write("CHI BỘ KHU PHỐ 3");
        robot.press(KeyCode.ALT).press(KeyCode.D).release(KeyCode.D).release(KeyCode.ALT).write("Hoà Bình");
        robot.press(KeyCode.ALT).press(KeyCode.P).release(KeyCode.P).release(KeyCode.ALT);
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ESCAPE);
        robot.type(KeyCode.ENTER);

        BranchProfile saved = result.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("Hoà Bình", saved.placeName());
        assertEquals(List.of(new Officer(1, OfficerRole.DEPUTY_SECRETARY)), saved.officers());
    }

    @Test
    void edit_escapePressed_returnsNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<BranchProfile>> result = open(robot);
        robot.clickOn("#branchField").write("CHI BỘ KHU PHỐ 3");
        robot.type(KeyCode.ESCAPE);

        assertEquals(Optional.empty(), result.get(10, TimeUnit.SECONDS));
    }
}
