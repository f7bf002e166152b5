package vn.sochibo.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.service.Services;
import vn.sochibo.service.sample.SampleBranch;
import vn.sochibo.service.sample.SampleOptions;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.FxTaskRunner;
import vn.sochibo.ui.common.Styles;
import vn.sochibo.ui.common.UiContext;

/**
 * Scrolling the member list of 20,000 members: the rows come from memory (the data file is closed before scrolling,
 * so a query per row would fail), only the visible rows have cells, and the program's own code never holds the FX
 * thread for more than 100 ms while the list is scrolled from top to bottom and back.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class MemberListScrollGuiTest {
    private static final int MEMBERS = SampleOptions.MAX_MEMBERS;
    private static final long MAX_OWN_WORK_MS = 100;
    @TempDir
    static Path dir;
    private static Path file;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final FxThreadWatch watch = new FxThreadWatch();
    private final List<Throwable> fxFailures = new CopyOnWriteArrayList<>();
    private Services services;
    private TestUi t;
    private MemberListViewModel vm;
    private TableView<?> table;

    @BeforeAll
    static void stress() {
        file = dir.resolve("stress.db");
        try (Services s = Services.open(file, TestUi.fixedClock())) {
            SampleBranch.create(s, new SampleOptions(MEMBERS, 1, SampleOptions.DEFAULT_SEED, TestUi.TODAY));
        }
    }

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((th, e) -> fxFailures.add(e));
        services = Services.open(file, TestUi.fixedClock());
        t = new TestUi();
        UiContext ui = new UiContext(t.ui.i18n(), t.ui.settings(), t.dialogs, tasks, TestUi.fixedClock());
        vm = new MemberListViewModel(services.members(), ui);
        MemberListController controller = new MemberListController(ui, vm, new NoMemberActions());
        Scene scene = new Scene(controller.root(), 1200, 700);
        Styles.apply(scene, ui.settings());
        stage.setScene(scene);
        stage.show();
        table = (TableView<?>) scene.lookup("#membersTable");
    }

    @AfterEach
    void stop() {
        tasks.close();
        services.close();
        t.dispose();
    }

    @Test
    void scroll_20000Members_rowsFromMemoryCellsOnlyForVisibleRowsFxThreadFree(FxRobot robot) throws Exception {
        int rows = MemberListLoads.loadAndWait(robot, vm, 60);
        assertTrue(rows > 10_000, "most of the 20,000 members are listed: " + rows);
        services.close();
        robot.interact(() -> watch.start(Thread.currentThread()));
        for (int i = 0; i < rows; i += rows / 40) {
            int index = i;
            robot.interact(() -> table.scrollTo(index));
        }
        robot.interact(() -> table.scrollTo(rows - 1));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.PAGE_UP, 20).type(KeyCode.HOME).type(KeyCode.PAGE_DOWN, 20).type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                watch.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long cells = table.lookupAll(".table-row-cell").stream().filter(TableRow.class::isInstance).count();
        assertTrue(cells < 80, "cells exist only for the visible rows: " + cells);
        assertTrue(table.isFocused(), "the keys went to the table");
        assertEquals(rows, table.getItems().size(), "the list itself did not change");
        assertEquals(rows - 1, table.getSelectionModel().getSelectedIndex(), "End went to the last member");
        assertTrue(visibleRow(rows - 1), "the last member is on screen");
        assertEquals(List.of(), fxFailures);
        assertEquals(List.of(), t.dialogs.errors);
        long own = watch.longestOwnWorkMs();
        assertFalse(own > MAX_OWN_WORK_MS, "the program held the FX thread for " + own + " ms, ending in "
                + watch.longestWhere());
    }

    private boolean visibleRow(int index) {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getIndex() == index && row.isVisible() && !row.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
