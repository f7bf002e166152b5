package vn.sochibo.model.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;

/** The members' names under each movement whose event is dated in the month, in the order of the histories. */
public record MemberMovements(Map<Movement, List<String>> names) {
    public MemberMovements {
        Map<Movement, List<String>> copy = new EnumMap<>(Movement.class);
        for (Movement m : Movement.values()) {
            copy.put(m, List.copyOf(names.getOrDefault(m, List.of())));
        }
        names = Map.copyOf(copy);
    }

    /** The movements of the month from the members' dated events. */
    public static MemberMovements in(Collection<MemberHistory> histories, YearMonth month) {
        Map<Movement, List<String>> names = new EnumMap<>(Movement.class);
        for (MemberHistory h : histories) {
            for (MemberEvent e : h.events()) {
                Movement m = Movement.of(e.type());
                if (m != null && YearMonth.from(e.date()).equals(month)) {
                    names.computeIfAbsent(m, k -> new ArrayList<>()).add(h.member().fullName());
                }
            }
        }
        return new MemberMovements(names);
    }

    /** How many members made the movement in the month. */
    public int count(Movement m) {
        return names.get(m).size();
    }

    /** The names of those who made the movement. */
    public List<String> of(Movement m) {
        return names.get(m);
    }
}
