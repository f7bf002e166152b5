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
                        s.absentUnexcused().size(), names(s.absentUnexcused())));
    }

    /** How far the roll call has got: expected, not yet marked, and the members counted for votes. */
    public static String progress(RollSummary s, Messages messages) {
        return messages.tr("roll.count.progress", s.expected(), s.unmarked(), s.voteDenominator());
    }

    /** The lines joined into one text. */
    public static String text(RollSummary s, Messages messages) {
        return String.join("\n", lines(s, messages));
    }

    private static String excused(RollSummary s, Messages messages) {
        if (s.absentExcused().isEmpty()) {
            return "";
        }
        return " (" + s.absentExcused().stream().map(e -> messages.tr("roll.count.nameReason", e.fullName(),
                e.mark().reason())).collect(Collectors.joining("; ")) + ")";
    }

    private static String names(List<RollEntry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        return " (" + entries.stream().map(RollEntry::fullName).collect(Collectors.joining("; ")) + ")";
    }
}
