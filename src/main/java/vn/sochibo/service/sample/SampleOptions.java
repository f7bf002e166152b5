package vn.sochibo.service.sample;

import java.time.LocalDate;

/** What sample branch to generate: about {@code members} people, {@code years} of history up to {@code today}. */
public record SampleOptions(int members, int years, long seed, LocalDate today) {
    public static final int DEFAULT_MEMBERS = 35;
    public static final int DEFAULT_YEARS = 5;
    public static final long DEFAULT_SEED = 1930L;

    public static SampleOptions defaults(LocalDate today) {
        return new SampleOptions(DEFAULT_MEMBERS, DEFAULT_YEARS, DEFAULT_SEED, today);
    }
}
