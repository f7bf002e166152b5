package vn.sochibo.service.bench;

import java.util.Arrays;

/** Repeated timings in nanoseconds, summarised in milliseconds. */
public final class Timings {
    private final long[] nanos;

    private Timings(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    /** The given durations in nanoseconds. */
    public static Timings of(long... nanos) {
        return new Timings(nanos);
    }

    /** Runs the work {@code times} times in a row and keeps each duration. */
    public static Timings run(int times, Runnable work) {
        long[] taken = new long[times];
        for (int i = 0; i < times; i++) {
            taken[i] = time(work);
        }
        return new Timings(taken);
    }

    /** The duration of one run of the work, in nanoseconds. */
    public static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** The median in milliseconds (the mean of the two middle values for an even count). */
    public double medianMillis() {
        int n = nanos.length;
        double middle = n % 2 == 1 ? nanos[n / 2] : (nanos[n / 2 - 1] + nanos[n / 2]) / 2.0;
        return middle / 1_000_000.0;
    }

    /** The longest in milliseconds. */
    public double maxMillis() {
        return nanos[nanos.length - 1] / 1_000_000.0;
    }

    /** How many durations were kept. */
    public int count() {
        return nanos.length;
    }
}
