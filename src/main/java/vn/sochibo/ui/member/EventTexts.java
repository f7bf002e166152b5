package vn.sochibo.ui.member;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/** The detail line of an event in the timeline: place, planned end, reason and note. */
final class EventTexts {
    private EventTexts() {
    }

    static String detail(I18n i18n, MemberEvent e) {
        List<String> parts = new ArrayList<>();
        if (!e.place().isEmpty()) {
            parts.add(i18n.tr("member.timeline.place", e.place()));
        }
        if (e.endDate() != null) {
            parts.add(i18n.tr("member.timeline.until", Messages.date(e.endDate())));
        }
        if (!e.reason().isEmpty()) {
            parts.add(i18n.tr("member.timeline.reason", e.reason()));
        }
        if (!e.note().isEmpty()) {
            parts.add(e.note());
        }
        return String.join(" · ", parts);
    }
}
