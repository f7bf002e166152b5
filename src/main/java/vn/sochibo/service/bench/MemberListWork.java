package vn.sochibo.service.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.MemberIndex;
import vn.sochibo.model.member.PartyAge;
import vn.sochibo.model.member.StatusFilter;
import vn.sochibo.service.Messages;

/**
 * What the member list does for each load and keystroke, without a window: the search of the list's index (current
 * members, as the list opens), the counts line and the texts of every shown row, as the list's view-model makes them
 * (each member's texts once per loaded list and day, then only picked by later keystrokes).
 */
final class MemberListWork {
    private final Messages messages;
    private final Map<MemberHistory, List<String>> made = new IdentityHashMap<>();
    private MemberIndex madeFor;

    MemberListWork(Messages messages) {
        this.messages = messages;
    }

    /** Searches the index as of the day and builds the shown rows' texts; returns how many rows were shown. */
    int show(MemberIndex index, String query, LocalDate day) {
        if (index != madeFor) {
            made.clear();
            madeFor = index;
        }
        List<MemberHistory> found = index.search(query, StatusFilter.CURRENT, day);
        List<List<String>> rows = new ArrayList<>(found.size());
        for (MemberHistory h : found) {
            rows.add(made.computeIfAbsent(h, x -> row(x, day)));
        }
        var c = index.countsOn(day);
        messages.tr("member.counts", c.total(), c.official(), c.probationary(), c.exempted(), c.temporarilyOut(),
                c.attached());
        return rows.size();
    }

    private List<String> row(MemberHistory h, LocalDate day) {
        Member m = h.member();
        PartyAge age = h.partyAgeOn(day);
        String gender = m.identity().gender() == null ? "" : messages.tr("member.gender." + m.identity().gender());
        String ageText = age.isNone() ? "" : messages.tr("member.partyAge", age.years(), age.months());
        return List.of(m.fullName(), gender, ageText, messages.tr("member.status." + h.statusOn(day).primary()));
    }
}
