package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.util.Objects;
import vn.sochibo.model.AppException;

/**
 * What sample branch to generate: {@code members} people, {@code years} of history up to {@code today}, drawn from
 * {@code seed}; the same options always give the same data.
 */
public record SampleOptions(int members, int years, long seed, LocalDate today) {
    public static final int DEFAULT_MEMBERS = 35;
    public static final int DEFAULT_YEARS = 5;
    public static final long DEFAULT_SEED = 1930L;
    public static final int MAX_MEMBERS = 20_000;
    public static final int MAX_YEARS = 30;
    /** Earliest reference date: keeps every generated birth date after 1900. */
    public static final LocalDate EARLIEST_TODAY = LocalDate.of(2000, 1, 1);

    public SampleOptions {
        Objects.requireNonNull(today, "today");
        if (members < 1 || members > MAX_MEMBERS) {
            throw new AppException("sample.error.members", "1", String.valueOf(MAX_MEMBERS), String.valueOf(members));
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new AppException("sample.error.years", "1", String.valueOf(MAX_YEARS), String.valueOf(years));
        }
        if (today.isBefore(EARLIEST_TODAY)) {
            throw new AppException("sample.error.today", EARLIEST_TODAY, today);
        }
    }

    public static SampleOptions defaults(LocalDate today) {
        return new SampleOptions(DEFAULT_MEMBERS, DEFAULT_YEARS, DEFAULT_SEED, today);
    }

    /** The first day of the generated history: {@code years} before {@code today}. */
    public LocalDate windowStart() {
        return today.minusYears(years);
    }
}
