package vn.sochibo.ui.member;

import vn.sochibo.model.member.MemberEvent;

/** One line of a member's history as shown in the timeline: date, what happened, and the details. */
public record TimelineEntry(MemberEvent event, String date, String title, String detail) {
}
