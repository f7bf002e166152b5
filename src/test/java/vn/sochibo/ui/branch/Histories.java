package vn.sochibo.ui.branch;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.testutil.MemberBuilder;

/** Members in the situations that matter for choosing officers: official, probationary, moved away. */
final class Histories {
    private Histories() {
    }

    /** An official member since 1976, born 15/03/1950. */
    static MemberHistory official(long id, String name) {
        return history(MemberBuilder.member().name(name), id);
    }

    /** A probationary member admitted on 01/06/2025. */
    static MemberHistory probationary(long id, String name) {
        return history(MemberBuilder.member().name(name).born(LocalDate.of(1990, 1, 2))
                .admitted(LocalDate.of(2025, 6, 1)).official(null), id);
    }

    /** An official member who moved to another branch on 01/01/2025. */
    static MemberHistory transferredOut(long id, String name) {
        MemberHistory h = official(id, name);
        return new MemberHistory(h.member(), List.of(h.events().get(0),
                MemberEvent.of(EventType.TRANSFERRED_OUT, LocalDate.of(2025, 1, 1)).withId(id * 10 + 1, id)));
    }

    private static MemberHistory history(MemberBuilder builder, long id) {
        Member m = builder.build().withId(id);
        MemberEvent admitted = MemberEvent.of(EventType.ADMITTED, m.party().admissionDate()).withId(id * 10, id);
        return new MemberHistory(m, List.of(admitted));
    }
}
