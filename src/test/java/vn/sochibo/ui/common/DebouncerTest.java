package vn.sochibo.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The debouncer runs its action once after a quiet period, at once on flush, never after cancel. */
class DebouncerTest {
    private final ManualScheduler time = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();
    private final Debouncer debouncer = new Debouncer(time, Duration.ofSeconds(2), runs::incrementAndGet);

    @Test
    void poke_keptTypingThenPause_runsOnceTwoSecondsAfterTheLastKey() {
        for (int i = 0; i < 10; i++) {
            debouncer.poke();
            time.advance(500);
        }
        assertEquals(0, runs.get());
        time.advance(1500);
        assertEquals(1, runs.get());
        time.advance(5000);
        assertEquals(1, runs.get());
    }

    @Test
    void flush_pending_runsAtOnceAndNotAgainLater() {
        debouncer.poke();
        debouncer.flush();
        assertEquals(1, runs.get());
        time.advance(3000);
        assertEquals(1, runs.get());
        assertFalse(debouncer.isPending());
    }

    @Test
    void flush_nothingPending_doesNothing() {
        debouncer.flush();
        assertEquals(0, runs.get());
    }

    @Test
    void cancel_pending_neverRuns() {
        debouncer.poke();
        debouncer.cancel();
        time.advance(3000);
        assertEquals(0, runs.get());
        assertEquals(0, time.pending());
    }
}
