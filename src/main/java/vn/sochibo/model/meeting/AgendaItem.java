package vn.sochibo.model.meeting;

import java.util.Objects;
import vn.sochibo.model.text.Texts;

/**
 * One item of a meeting's agenda, in order: its role, title, planned minutes, the notes typed for it during the
 * meeting (the minutes' content for that item), and whether it was dealt with. Id 0 means not yet saved.
 */
public record AgendaItem(long id, long meetingId, int position, AgendaKind kind, String title, int plannedMinutes,
                         String notes, boolean done) {
    public AgendaItem {
        Objects.requireNonNull(kind, "kind");
        title = Texts.clean(title);
        notes = Texts.cleanMultiline(notes);
        if (plannedMinutes < 0) {
            throw new IllegalArgumentException("plannedMinutes " + plannedMinutes);
        }
    }

    public AgendaItem withNotes(String newNotes) {
        return new AgendaItem(id, meetingId, position, kind, title, plannedMinutes, newNotes, done);
    }

    public AgendaItem withDone(boolean newDone) {
        return new AgendaItem(id, meetingId, position, kind, title, plannedMinutes, notes, newDone);
    }

    public AgendaItem withPosition(int newPosition) {
        return new AgendaItem(id, meetingId, newPosition, kind, title, plannedMinutes, notes, done);
    }

    public AgendaItem withIds(long newId, long newMeetingId) {
        return new AgendaItem(newId, newMeetingId, position, kind, title, plannedMinutes, notes, done);
    }
}
