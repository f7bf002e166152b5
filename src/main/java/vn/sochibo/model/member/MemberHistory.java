package vn.sochibo.model.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A member together with the dated events of their history, from which status and party age are computed. */
public record MemberHistory(Member member, List<MemberEvent> events) {
    public MemberHistory {
        Objects.requireNonNull(member, "member");
        events = events.stream().sorted(MemberEvent.CHRONOLOGICAL).toList();
    }

    public StatusOnDate statusOn(LocalDate day) {
        return StatusRules.statusOn(member, events, day);
    }

    public PartyAge partyAgeOn(LocalDate day) {
        return PartyAgeRules.partyAgeOn(member.party().admissionDate(), events, day);
    }

    /** The date of the first event of the given type, if any. */
    public java.util.Optional<MemberEvent> first(EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    /** The latest event of the given type, if any. */
    public java.util.Optional<MemberEvent> last(EventType type) {
        return events.stream().filter(e -> e.type() == type).reduce((a, b) -> b);
    }
}
