package vn.sochibo.service.meeting;

import java.util.List;
import java.util.stream.Collectors;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Messages;

/** The counts of a roll in words, line by line, exactly as the minutes header writes them (rules.md §4.3). */
public final class RollTexts {
    private RollTexts() {
    }

    /** The lines: branch total, exempted and away, present, absences with names (and reasons). */
    public static List<String> lines(RollSummary s, Messages messages) {
        return List.of(
                messages.tr("roll.count.total", s.total(), s.official(), s.probationary(), s.attached()),
                messages.tr("roll.count.apart", s.exempted(), s.temporarilyOut(), s.suspended()),
                messages.tr("roll.count.present", s.present(), s.presentOfficial(), s.presentProbationary(),
                        s.presentAttached()),
                messages.tr("roll.count.absent", s.absent(), s.absentExcused().size(), excused(s, messages),
                        s.absentUnexcused().size(), names(s.absentUnexcused(), messages)));
    }

    /** The lines joined into one text. */
    public static String text(RollSummary s, Messages messages) {
        return String.join("\n", lines(s, messages));
    }

    private static String excused(RollSummary s, Messages messages) {
        if (s.absentExcused().isEmpty()) {
            return messages.tr("roll.count.none");
        }
        return s.absentExcused().stream().map(e -> messages.tr("roll.count.nameReason", e.fullName(),
                e.mark().reason())).collect(Collectors.joining("; "));
    }

    private static String names(List<RollEntry> entries, Messages messages) {
        if (entries.isEmpty()) {
            return messages.tr("roll.count.none");
        }
        return entries.stream().map(RollEntry::fullName).collect(Collectors.joining("; "));
    }
}
