package vn.sochibo.ui.member;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread during a test: the instants of its pulses (an animation timer), and, by sampling its stack
 * every few milliseconds, the longest stretch it spent running the program's own code without a break.
 */
final class FxThreadWatch {
    private static final long SAMPLE_MS = 4;
    private final List<Long> pulses = Collections.synchronizedList(new ArrayList<>());
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulses.add(System.nanoTime());
        }
    };
    private volatile boolean watching;
    private volatile long longestOwnWorkNanos;
    private volatile String longestWhere = "";
    private Thread sampler;

    /** Starts the pulse timer (call on the FX thread) and the sampler of the given FX thread. */
    void start(Thread fxThread) {
        timer.start();
        watching = true;
        sampler = new Thread(() -> sample(fxThread), "fx-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops the pulse timer (call on the FX thread) and the sampler. */
    void stop() throws InterruptedException {
        timer.stop();
        watching = false;
        sampler.join();
    }

    private void sample(Thread fx) {
        long runStart = -1;
        while (watching) {
            long now = System.nanoTime();
            StackTraceElement ownFrame = ownFrame(fx.getStackTrace());
            if (ownFrame == null) {
                runStart = -1;
            } else if (runStart < 0) {
                runStart = now;
            } else if (now - runStart > longestOwnWorkNanos) {
                longestOwnWorkNanos = now - runStart;
                longestWhere = ownFrame.toString();
            }
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static StackTraceElement ownFrame(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String outer = e.getClassName().split("\\$", 2)[0];
            if (outer.startsWith("vn.sochibo.") && !outer.startsWith("vn.sochibo.ui.member.FxThread")
                    && !outer.endsWith("Test")) {
                return e;
            }
        }
        return null;
    }

    /** The longest stretch of the program's own code on the FX thread, in milliseconds. */
    long longestOwnWorkMs() {
        return longestOwnWorkNanos / 1_000_000;
    }

    /** Where the program's code was at the end of that stretch. */
    String longestWhere() {
        return longestWhere;
    }

    /** The longest time without a pulse between two instants, in milliseconds. */
    long longestPulseGapMs(long from, long to) {
        List<Long> seen = new ArrayList<>(List.of(from));
        synchronized (pulses) {
            pulses.stream().filter(p -> p > from && p < to).forEach(seen::add);
        }
        seen.add(to);
        long longest = 0;
        for (int i = 1; i < seen.size(); i++) {
            longest = Math.max(longest, seen.get(i) - seen.get(i - 1));
        }
        return longest / 1_000_000;
    }
}
