package vn.sochibo.model.meeting;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.rules.MeetingDurationRule;

/**
 * The planned length of a sitting against its minimum (rules.md §3.1): 90 minutes for a regular meeting, 120 for
 * the two agendas together when a regular and a thematic meeting are held on the same day; a thematic meeting
 * alone and other types have no minimum (0).
 */
public record AgendaDuration(int plannedMinutes, int minimumMinutes, boolean combined, String legalBasis) {
    /** The duration of a meeting's items, with the items of a same-day meeting of the other kind when combined. */
    public static AgendaDuration of(Meeting meeting, List<AgendaItem> items, List<Meeting> sameDay,
                                    List<AgendaItem> partnerItems) {
        MeetingDurationRule rule = MeetingDurationRule.on(meeting.date());
        int own = total(items);
        boolean combined = isCombined(meeting, sameDay);
        if (meeting.type() != MeetingType.REGULAR && !combined) {
            return new AgendaDuration(own, 0, false, rule.legalBasis());
        }
        int planned = combined ? own + total(partnerItems) : own;
        return new AgendaDuration(planned, combined ? rule.combinedMinutes() : rule.regularMinutes(), combined,
                rule.legalBasis());
    }

    /** The minimum of a sitting on a day, alone or combined. */
    public static int minimumOn(LocalDate day, boolean combined) {
        MeetingDurationRule rule = MeetingDurationRule.on(day);
        return combined ? rule.combinedMinutes() : rule.regularMinutes();
    }

    /** True when another meeting of the other kind (regular/thematic) is dated the same day. */
    public static boolean isCombined(Meeting meeting, List<Meeting> others) {
        MeetingType partner = partnerType(meeting.type());
        return partner != null && others.stream().anyMatch(o -> o.id() != meeting.id() && o.type() == partner
                && o.date().equals(meeting.date()));
    }

    /** The type held together with this one in a combined sitting, or null. */
    public static MeetingType partnerType(MeetingType type) {
        return switch (type) {
            case REGULAR -> MeetingType.THEMATIC;
            case THEMATIC -> MeetingType.REGULAR;
            default -> null;
        };
    }

    /** Sum of the planned minutes. */
    public static int total(List<AgendaItem> items) {
        return items.stream().mapToInt(AgendaItem::plannedMinutes).sum();
    }

    /** True when the plan reaches the minimum. */
    public boolean isEnough() {
        return plannedMinutes >= minimumMinutes;
    }

    /** Minutes still missing to reach the minimum (0 when enough). */
    public int shortBy() {
        return Math.max(0, minimumMinutes - plannedMinutes);
    }
}
