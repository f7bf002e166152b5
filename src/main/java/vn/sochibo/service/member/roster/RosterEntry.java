package vn.sochibo.service.member.roster;

import vn.sochibo.model.member.MemberHistory;

/** One member read from a roster file: the row it came from, the member with their events, and whether it has errors. */
public record RosterEntry(int row, MemberHistory history, boolean hasError) {
}
