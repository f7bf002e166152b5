package vn.sochibo.service.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * How a sample member stands on the reference date. {@link #plan} decides how many of each: small branches always
 * get the mix the issue asks for (two exempted, one away, one attached, one deceased, one transferred away, some
 * probationary), larger ones a few percent per year of history.
 */
enum SampleFate {
    OFFICIAL, PROBATIONARY, EXEMPTED, TEMPORARILY_OUT, ATTACHED, ATTACHMENT_ENDED, DECEASED, TRANSFERRED_OUT;

    /** Official members reserved before any other fate, so even a tiny branch has its leadership. */
    private static final int CORE = 3;
    /** At most this share of the people written have left the list. */
    private static final double MAX_GONE = 0.4;

    /** The fates of {@code members} people over {@code years} of history, in random order. */
    static List<SampleFate> plan(int members, int years, SampleRandom random) {
        List<SampleFate> fates = new ArrayList<>(members);
        add(fates, OFFICIAL, Math.min(members, CORE));
        int gone = 0;
        int maxGone = (int) (members * MAX_GONE);
        add(fates, EXEMPTED, room(fates, members, Math.max(2, members * 7 / 100)));
        add(fates, PROBATIONARY, room(fates, members, Math.max(2, members * 3 / 100)));
        add(fates, TEMPORARILY_OUT, room(fates, members, Math.max(1, members * 2 / 100)));
        add(fates, ATTACHED, room(fates, members, Math.max(1, members * 2 / 100)));
        gone += add(fates, DECEASED, room(fates, members, Math.min(maxGone, Math.max(1, perYear(members, years, 6)))));
        gone += add(fates, TRANSFERRED_OUT, room(fates, members,
                Math.min(maxGone - gone, Math.max(1, perYear(members, years, 4)))));
        add(fates, ATTACHMENT_ENDED, room(fates, members, Math.min(maxGone - gone, perYear(members, years, 2))));
        add(fates, OFFICIAL, members - fates.size());
        random.shuffle(fates);
        return fates;
    }

    /** Members × years × per-mille rate, rounded down. */
    private static int perYear(int members, int years, int perMille) {
        return (int) ((long) members * years * perMille / 1000);
    }

    private static int room(List<SampleFate> fates, int members, int wanted) {
        return Math.max(0, Math.min(wanted, members - fates.size()));
    }

    private static int add(List<SampleFate> fates, SampleFate fate, int count) {
        for (int i = 0; i < count; i++) {
            fates.add(fate);
        }
        return count;
    }
}
