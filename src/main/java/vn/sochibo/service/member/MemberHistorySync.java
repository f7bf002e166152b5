package vn.sochibo.service.member;

import vn.sochibo.store.Tx;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.store.MemberEventRepository;
import vn.sochibo.store.MemberRepository;

/**
 * Keeps the member's admission and official dates and the matching "kết nạp" and "công nhận chính thức" events
 * in step, so the form and the timeline never disagree.
 */
final class MemberHistorySync {
    private final MemberEventRepository events;
    private final MemberRepository members = new MemberRepository();

    MemberHistorySync(MemberEventRepository events) {
        this.events = events;
    }

    /** First events of a new member: the arrival and, when recognised here after arriving, the recognition. */
    void createEntryEvents(Tx c, Member m, MemberEntry entry) {
        MemberEntry e = entry == null ? MemberEntry.admittedHere() : entry;
        LocalDate arrival = e.type() == EventType.ADMITTED ? m.party().admissionDate() : e.date();
        events.insert(c, new MemberEvent(0, m.id(), e.type(), arrival, null, e.origin(), "", ""));
        LocalDate official = m.party().officialDate();
        if (official != null && official.isAfter(arrival) && e.type() != EventType.ATTACHED_IN) {
            events.insert(c, new MemberEvent(0, m.id(), EventType.RECOGNISED_OFFICIAL, official, null, "", "", ""));
        }
    }

    /** After the form changed the party dates, moves or removes the matching events. */
    void followPartyDates(Tx c, Member m) {
        List<MemberEvent> list = events.forMember(c, m.id());
        MemberEvent admitted = first(list, EventType.ADMITTED);
        if (admitted != null && !admitted.date().equals(m.party().admissionDate())) {
            events.update(c, admitted.withDate(m.party().admissionDate()));
        }
        MemberEvent recognised = first(list, EventType.RECOGNISED_OFFICIAL);
        LocalDate official = m.party().officialDate();
        if (recognised != null && official == null) {
            events.delete(c, recognised.id());
        } else if (recognised != null && !recognised.date().equals(official)) {
            events.update(c, recognised.withDate(official));
        }
    }

    /** After an event was saved, carries its date into the member's party dates where it is one of them. */
    void followEvent(Tx c, Member m, MemberEvent e) {
        if (e.type() == EventType.RECOGNISED_OFFICIAL && !Objects.equals(m.party().officialDate(), e.date())) {
            members.update(c, m.withParty(m.party().withDates(m.party().admissionDate(), e.date())));
        }
    }

    /** After an event was deleted, clears the party date it carried. */
    void forgetEvent(Tx c, Member m, MemberEvent e) {
        if (e.type() == EventType.RECOGNISED_OFFICIAL && e.date().equals(m.party().officialDate())) {
            members.update(c, m.withParty(m.party().withDates(m.party().admissionDate(), null)));
        }
    }

    private static MemberEvent first(List<MemberEvent> list, EventType type) {
        return list.stream().filter(e -> e.type() == type).findFirst().orElse(null);
    }
}
