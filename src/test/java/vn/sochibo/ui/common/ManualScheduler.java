package vn.sochibo.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler for tests: time moves only when the test says so. */
public final class ManualScheduler implements Debouncer.Scheduler {
    private final List<Entry> entries = new ArrayList<>();
    private long now;

    @Override
    public Debouncer.Cancellable schedule(Duration delay, Runnable action) {
        Entry e = new Entry(now + delay.toMillis(), action);
        entries.add(e);
        return () -> entries.remove(e);
    }

    /** Moves time on by the milliseconds, running every action that falls due. */
    public void advance(long millis) {
        now += millis;
        for (Entry e : List.copyOf(entries)) {
            if (e.due <= now && entries.remove(e)) {
                e.action.run();
            }
        }
    }

    public int pending() {
        return entries.size();
    }

    private record Entry(long due, Runnable action) {
    }
}
