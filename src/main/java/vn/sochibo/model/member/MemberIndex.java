package vn.sochibo.model.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.sochibo.model.text.Texts;
import vn.sochibo.model.text.VietnameseNames;

/**
 * The member list in Vietnamese order with precomputed search keys, so that searching a large branch per
 * keystroke only compares folded strings.
 */
public final class MemberIndex {
    private final List<Entry> entries;
    private LocalDate cachedDay;
    private List<StatusOnDate> cachedStatuses;

    private record Entry(MemberHistory history, String searchKey, VietnameseNames.NameKey sortKey) {
    }

    public MemberIndex(Collection<MemberHistory> histories) {
        List<Entry> built = new ArrayList<>(histories.size());
        for (MemberHistory h : histories) {
            built.add(new Entry(h, " " + h.member().searchKey(), VietnameseNames.key(h.member().fullName())));
        }
        built.sort(Comparator.comparing(Entry::sortKey).thenComparingLong(e -> e.history().member().id()));
        this.entries = List.copyOf(built);
    }

    /** Every member in list order. */
    public List<MemberHistory> all() {
        return entries.stream().map(Entry::history).toList();
    }

    public int size() {
        return entries.size();
    }

    /**
     * Members for whom every word of the query starts a word of their name, other name or address (numbers may
     * match anywhere in a card or phone number), ignoring case and diacritics, and whose status on the day passes
     * the filter; in list order.
     */
    public List<MemberHistory> search(String query, StatusFilter filter, LocalDate day) {
        List<String> needles = needles(query);
        List<StatusOnDate> statuses = statusesOn(day);
        List<MemberHistory> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (matches(e.searchKey(), needles) && filter.test(statuses.get(i))) {
                found.add(e.history());
            }
        }
        return found;
    }

    /** Counts by category on the day over every member of the index. */
    public StatusCounts countsOn(LocalDate day) {
        return StatusCounts.of(day, statusesOn(day));
    }

    /** Each member's standing on the day, in list order; kept for the last day asked so typing stays cheap. */
    public synchronized List<StatusOnDate> statusesOn(LocalDate day) {
        if (!day.equals(cachedDay)) {
            cachedStatuses = entries.stream().map(e -> e.history().statusOn(day)).toList();
            cachedDay = day;
        }
        return cachedStatuses;
    }

    /** What each word of the query must be found as: a number anywhere, other words at the start of a word. */
    private static List<String> needles(String query) {
        List<String> out = new ArrayList<>();
        for (String w : Texts.fold(query).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w.chars().allMatch(Character::isDigit) ? w : " " + w);
            }
        }
        return out;
    }

    private static boolean matches(String key, List<String> needles) {
        for (String needle : needles) {
            if (!key.contains(needle)) {
                return false;
            }
        }
        return true;
    }
}
