package vn.sochibo.model.member;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import vn.sochibo.model.text.Texts;

/**
 * One dated event in a member's history. {@code endDate} is the planned or decided end (exemption, suspension,
 * temporary transfer, interruption); {@code place} is the origin or destination organisation.
 */
public record MemberEvent(long id, long memberId, EventType type, LocalDate date, LocalDate endDate, String place,
                          String reason, String note) {
    /** Chronological order; same-day events in the order their types take effect, then by id. */
    public static final Comparator<MemberEvent> CHRONOLOGICAL = Comparator.comparing(MemberEvent::date)
            .thenComparing(MemberEvent::type).thenComparingLong(MemberEvent::id);

    public MemberEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        place = Texts.clean(place);
        reason = Texts.clean(reason);
        note = Texts.cleanMultiline(note);
    }

    /** A new, unsaved event. */
    public static MemberEvent of(EventType type, LocalDate date) {
        return new MemberEvent(0, 0, type, date, null, "", "", "");
    }

    public MemberEvent withId(long newId, long newMemberId) {
        return new MemberEvent(newId, newMemberId, type, date, endDate, place, reason, note);
    }

    public MemberEvent withDate(LocalDate newDate) {
        return new MemberEvent(id, memberId, type, newDate, endDate, place, reason, note);
    }

    public MemberEvent withEnd(LocalDate newEnd) {
        return new MemberEvent(id, memberId, type, date, newEnd, place, reason, note);
    }

    public MemberEvent withPlace(String newPlace) {
        return new MemberEvent(id, memberId, type, date, endDate, newPlace, reason, note);
    }

    public MemberEvent withReason(String newReason) {
        return new MemberEvent(id, memberId, type, date, endDate, place, newReason, note);
    }

    /** True when the event's period (date to end, inclusive; open if no end) covers the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(date) && (endDate == null || !day.isAfter(endDate));
    }
}
