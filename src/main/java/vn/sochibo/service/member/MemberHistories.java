package vn.sochibo.service.member;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.VietnameseNames;
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

    /**
     * Every member with their events in Vietnamese name order (then by id), so that the rolls and lists built from it
     * are already in order and sort in one pass; an unmodifiable list.
     */
    public List<MemberHistory> all(Tx tx) {
        return tx.remember(MemberHistories.class, () -> read(tx));
    }

    private List<MemberHistory> read(Tx tx) {
        Map<Long, List<MemberEvent>> byMember = events.allByMember(tx);
        List<MemberHistory> out = new ArrayList<>();
        for (Member m : members.all(tx)) {
            out.add(new MemberHistory(m, byMember.getOrDefault(m.id(), List.of())));
        }
        Map<MemberHistory, VietnameseNames.NameKey> keys = new IdentityHashMap<>(out.size() * 2);
        out.forEach(h -> keys.put(h, VietnameseNames.key(h.member().fullName())));
        out.sort(Comparator.comparing((MemberHistory h) -> keys.get(h)).thenComparingLong(h -> h.member().id()));
        return List.copyOf(out);
    }
}
