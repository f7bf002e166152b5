package vn.sochibo.ui.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.VietnameseNames;

/** The members who can be chosen in a meeting form: those on the branch's list on the day, in Vietnamese name order. */
public final class People {
    private People() {
    }

    /** "Nobody" first, then the members on the list on the day (and any member already chosen, by id). */
    public static List<PersonChoice> on(List<MemberHistory> members, LocalDate day, String nobody, Long... keep) {
        List<PersonChoice> out = new ArrayList<>();
        out.add(new PersonChoice(PersonChoice.NOBODY, nobody));
        List<Long> kept = java.util.Arrays.asList(keep);
        out.addAll(members.stream()
                .filter(h -> h.statusOn(day).inTotal() || kept.contains(h.member().id()))
                .map(h -> new PersonChoice(h.member().id(), h.member().fullName()))
                .sorted(VietnameseNames.byName(PersonChoice::label)).toList());
        return out;
    }

    /** The choice with the id, or the first ("nobody") when absent. */
    public static PersonChoice find(List<PersonChoice> choices, Long id) {
        long wanted = id == null ? PersonChoice.NOBODY : id;
        return choices.stream().filter(c -> c.id() == wanted).findFirst().orElse(choices.get(0));
    }
}
