package vn.sochibo.service.member.roster;

import vn.sochibo.model.member.MemberEvent;

/** An event read from a file with where it came from, so a problem with it points at the right cell. */
record SourcedEvent(MemberEvent event, String sheet, int row, String column) {
}
