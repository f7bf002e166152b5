package vn.sochibo.ui.meeting;

import vn.sochibo.model.meeting.AgendaDuration;
import vn.sochibo.model.meeting.AgendaKind;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.PlanWarning;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/** Labels of the meeting area in the chosen language: types, states, item kinds, task states, warnings, durations. */
public final class MeetingTexts {
    private final I18n i18n;

    public MeetingTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public String type(MeetingType type) {
        return type == null ? "" : i18n.tr("meeting.plan.type." + type.name());
    }

    public String state(MeetingState state) {
        return i18n.tr("meeting.plan.state." + state.name());
    }

    public String kind(AgendaKind kind) {
        return kind == null ? "" : i18n.tr("meeting.agenda.kind." + kind.name());
    }

    public String taskStatus(TaskStatus status) {
        return status == null ? "" : i18n.tr("meeting.task.status." + status.name());
    }

    /** The year's warnings as at most two sentences: the months without a regular meeting, the quarters without a thematic one. */
    public java.util.List<String> warnings(java.util.List<PlanWarning> all) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String months = join(all, PlanWarning.Kind.NO_REGULAR, w -> String.valueOf(w.month().getMonthValue()));
        String quarters = join(all, PlanWarning.Kind.NO_THEMATIC, w -> String.valueOf(w.quarter()));
        if (!months.isEmpty()) {
            out.add(i18n.tr("meeting.plan.warning.noRegular", months, year(all)));
        }
        if (!quarters.isEmpty()) {
            out.add(i18n.tr("meeting.plan.warning.noThematic", quarters, year(all)));
        }
        return out;
    }

    private static String join(java.util.List<PlanWarning> all, PlanWarning.Kind kind,
                               java.util.function.Function<PlanWarning, String> text) {
        return String.join(", ", all.stream().filter(w -> w.kind() == kind).map(text).toList());
    }

    private static String year(java.util.List<PlanWarning> all) {
        return String.valueOf(all.get(0).month().getYear());
    }

    /** Minutes in figures and as hours and minutes: "98 phút (1 giờ 38 phút)". */
    public String minutes(int minutes) {
        return minutes < 60 ? i18n.tr("meeting.agenda.minutes", minutes)
                : i18n.tr("meeting.agenda.minutesLong", minutes, minutes / 60, minutes % 60);
    }

    /** The total against the minimum, in words: enough, or how many minutes are missing. */
    public String duration(AgendaDuration d) {
        String total = i18n.tr("meeting.agenda.total", minutes(d.plannedMinutes()));
        if (d.minimumMinutes() == 0) {
            return total + " " + i18n.tr("meeting.agenda.noMinimum");
        }
        String minimum = i18n.tr(d.combined() ? "meeting.agenda.minimumCombined" : "meeting.agenda.minimum",
                d.minimumMinutes(), d.legalBasis());
        String verdict = d.isEnough() ? i18n.tr("meeting.agenda.enough")
                : i18n.tr("meeting.agenda.short", d.shortBy());
        return total + " " + minimum + " " + verdict;
    }

    /** A date as dd/MM/yyyy, empty for none. */
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : Messages.date(day);
    }
}
