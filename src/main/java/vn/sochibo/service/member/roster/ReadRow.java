package vn.sochibo.service.member.roster;

import java.util.List;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;

/** A member row once read: the reading state (problems, column of each field), the member, and their events. */
record ReadRow(RowRead read, Member member, List<SourcedEvent> events) {
    ReadRow {
        events = List.copyOf(events);
    }

    int row() {
        return read.number();
    }

    List<MemberEvent> plainEvents() {
        return events.stream().map(SourcedEvent::event).toList();
    }

    MemberHistory history() {
        return new MemberHistory(member, plainEvents());
    }
}
