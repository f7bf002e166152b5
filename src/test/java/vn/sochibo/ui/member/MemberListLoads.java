package vn.sochibo.ui.member;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Loading the member list in a GUI test: waits for the load's own end, not for rows the FX thread is still filling. */
final class MemberListLoads {
    private MemberListLoads() {
    }

    /** Loads the list, waits at most {@code seconds} for the load to finish, and returns how many rows it shows. */
    static int loadAndWait(FxRobot robot, MemberListViewModel vm, int seconds) throws InterruptedException {
        CountDownLatch loaded = new CountDownLatch(1);
        robot.interact(() -> {
            vm.afterNextLoad(loaded::countDown);
            vm.load();
        });
        assertTrue(loaded.await(seconds, TimeUnit.SECONDS), "the list loaded");
        WaitForAsyncUtils.waitForFxEvents();
        return vm.rows().size();
    }
}
