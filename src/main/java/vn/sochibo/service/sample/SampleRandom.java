package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/** The one seeded source of randomness of a sample, with the few draws the generator needs. */
final class SampleRandom {
    private final SplittableRandom random;

    SampleRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return max <= min ? min : random.nextInt(min, max + 1);
    }

    /** A whole number leaning toward the middle of the range (mean of two draws). */
    int central(int min, int max) {
        return (between(min, max) + between(min, max) + 1) / 2;
    }

    /** A day from {@code first} to {@code last}, both included; {@code first} when the range is empty. */
    LocalDate day(LocalDate first, LocalDate last) {
        long span = ChronoUnit.DAYS.between(first, last);
        return span <= 0 ? first : first.plusDays(random.nextLong(span + 1));
    }

    /** A string of {@code length} decimal digits. */
    String digits(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    /** One element, all equally likely. */
    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One element of a weighted table. */
    <T> T pick(Weighted<T> table) {
        return table.at(random.nextInt(table.total()));
    }

    /** Shuffles the list in place (Fisher–Yates), so the result depends only on the seed. */
    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = items.get(i);
            items.set(i, items.get(j));
            items.set(j, tmp);
        }
    }
}
