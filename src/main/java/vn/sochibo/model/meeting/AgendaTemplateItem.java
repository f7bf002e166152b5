package vn.sochibo.model.meeting;

import java.util.Objects;
import vn.sochibo.model.text.Texts;

/** One line of the agenda template of a meeting type: copied into every new meeting of that type. */
public record AgendaTemplateItem(MeetingType type, int position, AgendaKind kind, String title, int plannedMinutes) {
    public AgendaTemplateItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        title = Texts.clean(title);
    }

    /** The agenda item this line gives in a meeting. */
    public AgendaItem toItem(long meetingId) {
        return new AgendaItem(0, meetingId, position, kind, title, plannedMinutes, "", false);
    }
}
