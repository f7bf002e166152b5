package vn.sochibo.cli;

import java.lang.management.ManagementFactory;

/**
 * The one line the window prints under {@code --startup-probe}: milliseconds from the Java runtime's own start time to
 * the first frame that shows the branch's home screen with its reminders, as {@code startup-ms <n>}.
 */
public final class StartupProbe {
    static final String NAME = "startup-ms";

    private StartupProbe() {
    }

    /** Prints the time from the runtime's start to {@code nowMillis} (wall-clock milliseconds) on standard output. */
    public static void report(long nowMillis) {
        System.out.println(line(nowMillis, ManagementFactory.getRuntimeMXBean().getStartTime()));
        System.out.flush();
    }

    /** The probe's line for a frame drawn at {@code nowMillis} by a runtime started at {@code startMillis}. */
    static String line(long nowMillis, long startMillis) {
        return NAME + " " + Math.max(0, nowMillis - startMillis);
    }
}
