package vn.sochibo.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.service.meeting.MeetingServices;

/**
 * What the live minutes read from other parts of the meeting area: the agenda, the roll (speakers, vote counts) and
 * the whole minutes as text; functions so view-models are tested with hand-made data.
 */
public record LiveMinutesSources(LongFunction<List<AgendaItem>> agenda, LongFunction<Roll> roll,
                                 LongFunction<String> minutesText) {

    /** The sources over the meeting services. */
    public static LiveMinutesSources of(MeetingServices services) {
        return new LiveMinutesSources(services.agenda()::items, services.roll()::roll,
                services.documents()::minutesText);
    }

    /** Who may be given the floor: members present in roll order, then guests, by full name. */
    public static List<String> speakers(Roll roll) {
        List<String> names = new ArrayList<>();
        roll.entries().stream().filter(RollEntry::isPresent).map(RollEntry::fullName).forEach(names::add);
        roll.guests().stream().map(Guest::name).filter(n -> !n.isEmpty()).forEach(names::add);
        return names;
    }
}
