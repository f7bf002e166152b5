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

    /** A warning as a sentence naming the month or quarter. */
    public String warning(PlanWarning w) {
        return w.kind() == PlanWarning.Kind.NO_REGULAR
                ? i18n.tr("meeting.plan.warning.noRegular", w.month().getMonthValue(), String.valueOf(w.month().getYear()))
                : i18n.tr("meeting.plan.warning.noThematic", w.quarter(), String.valueOf(w.month().getYear()));
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
