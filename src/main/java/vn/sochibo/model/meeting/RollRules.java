package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.member.StatusOnDate;
import vn.sochibo.model.text.VietnameseNames;

/**
 * The roll of a meeting from member status on its date (rules.md §6) and its counts as the minutes header needs
 * them (rules.md §4.3), with the vote denominator of rules.md §3.3.
 */
public final class RollRules {
    private RollRules() {
    }

    /** Where a person with this standing stands on the roll, or null when not on it (not yet admitted, gone). */
    public static RollCategory category(StatusOnDate s) {
        if (s.isAttached()) {
            return RollCategory.ATTACHED;
        }
        if (!s.inTotal()) {
            return null;
        }
        if (s.temporarilyOut()) {
            return RollCategory.AWAY;
        }
        if (s.suspended()) {
            return RollCategory.SUSPENDED;
        }
        return s.isExempted() ? RollCategory.EXEMPTED : RollCategory.EXPECTED;
    }

    /** True when a person of the category may be marked with the status (away and suspended members never are). */
    public static boolean canMark(RollCategory category, AttendanceStatus status) {
        return switch (category) {
            case EXPECTED, ATTACHED -> true;
            case EXEMPTED -> status == AttendanceStatus.PRESENT;
            case AWAY, SUSPENDED -> false;
        };
    }

    /** The roll on the date: everyone on it in Vietnamese name order with their mark; marks of others are ignored. */
    public static Roll roll(Collection<MemberHistory> histories, LocalDate date, Collection<AttendanceMark> marks,
                            List<Guest> guests) {
        Map<Long, AttendanceMark> byMember = new HashMap<>();
        marks.forEach(m -> byMember.put(m.memberId(), m));
        List<RollEntry> entries = new ArrayList<>();
        for (MemberHistory h : histories) {
            StatusOnDate s = h.statusOn(date);
            RollCategory category = category(s);
            if (category != null) {
                entries.add(new RollEntry(h.member().id(), h.member().fullName(), s, category,
                        byMember.get(h.member().id())));
            }
        }
        entries.sort(VietnameseNames.byName(RollEntry::fullName));
        return new Roll(entries, summary(date, entries), guests);
    }

    /**
     * The entries as the roll call and the sign-in sheet list them: expected members, then those attached from
     * elsewhere, then those not expected (exempted, away, suspended); Vietnamese name order within each group.
     */
    public static List<RollEntry> sheetOrder(List<RollEntry> entries) {
        List<RollCategory> order = List.of(RollCategory.EXPECTED, RollCategory.ATTACHED, RollCategory.EXEMPTED,
                RollCategory.AWAY, RollCategory.SUSPENDED);
        List<RollEntry> out = new ArrayList<>(entries);
        out.sort(java.util.Comparator.comparingInt(e -> order.indexOf(e.category())));
        return out;
    }

    /** The counts of the entries. */
    public static RollSummary summary(LocalDate date, List<RollEntry> entries) {
        StatusCounts counts = StatusCounts.of(date, entries.stream().map(RollEntry::status).toList());
        int expected = 0;
        int unmarked = 0;
        int[] present = new int[3];
        int denominator = 0;
        List<RollEntry> excused = new ArrayList<>();
        List<RollEntry> unexcused = new ArrayList<>();
        for (RollEntry e : entries) {
            boolean counted = e.category() == RollCategory.EXPECTED || e.category() == RollCategory.EXEMPTED;
            expected += e.category() == RollCategory.EXPECTED ? 1 : 0;
            unmarked += e.category() == RollCategory.EXPECTED && e.mark() == null ? 1 : 0;
            if (e.isPresent()) {
                present[e.category() == RollCategory.ATTACHED ? 2 : e.isOfficial() ? 0 : 1] += 1;
            } else if (counted && e.mark() != null && e.category() == RollCategory.EXPECTED) {
                (e.mark().status() == AttendanceStatus.ABSENT_EXCUSED ? excused : unexcused).add(e);
            }
            denominator += counted && e.isOfficial() && votes(e) ? 1 : 0;
        }
        return new RollSummary(counts.total(), counts.official(), counts.probationary(), counts.exempted(),
                counts.temporarilyOut(), counts.suspended(), counts.attached(), expected, present[0] + present[1],
                present[0], present[1], present[2], excused, unexcused, unmarked, denominator);
    }

    /**
     * Whether an official member of the branch counts in the vote denominator (QĐ 294, 9.3.2): expected members
     * always; exempted members only when present. Members away on a temporary transfer are left out by rule, and
     * suspended members (đình chỉ sinh hoạt) are left out too because they may not take part in the branch's
     * activities while suspended; neither reaches this test.
     */
    private static boolean votes(RollEntry e) {
        return e.category() == RollCategory.EXPECTED || e.isPresent();
    }
}
