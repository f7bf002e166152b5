package vn.sochibo.service.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.store.MemberEventRepository;
import vn.sochibo.store.MemberRepository;
import vn.sochibo.store.Tx;

/**
 * Reads every member with their events in two queries, inside the caller's transaction; a read of an unchanged file
 * shares the list read last (the member list, the roll, the minutes and the year's attendance read it once).
 */
public final class MemberHistories {
    private final MemberRepository members = new MemberRepository();
    private final MemberEventRepository events = new MemberEventRepository();

    /** Every member (in the repository's order) with their events; an unmodifiable list. */
    public List<MemberHistory> all(Tx tx) {
        return tx.remember(MemberHistories.class, () -> read(tx));
    }

    private List<MemberHistory> read(Tx tx) {
        Map<Long, List<MemberEvent>> byMember = events.allByMember(tx);
        List<MemberHistory> out = new ArrayList<>();
        for (Member m : members.all(tx)) {
            out.add(new MemberHistory(m, byMember.getOrDefault(m.id(), List.of())));
        }
        return List.copyOf(out);
    }
}
