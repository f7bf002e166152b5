package vn.sochibo.ui.report;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.MeetingLine;
import vn.sochibo.model.report.MonthlyReport;
import vn.sochibo.model.report.Movement;
import vn.sochibo.model.report.StudyLine;
import vn.sochibo.model.report.TaskState;
import vn.sochibo.model.study.Participation;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/** The computed figures of a monthly report as the lines the screen shows read-only. */
final class ReportFigures {
    private ReportFigures() {
    }

    /** One line per figure: members, each movement, each meeting, tasks, each study session, dues. */
    static List<String> lines(MonthlyReport r, I18n i18n) {
        List<String> out = new ArrayList<>();
        StatusCounts c = r.counts();
        out.add(i18n.tr("report.figure.members", Messages.date(c.date()), s(c.total()), s(c.official()),
                s(c.probationary()), s(c.exempted()), s(c.temporarilyOut()), s(c.attached())));
        for (Movement m : Movement.values()) {
            String names = r.movements().of(m).isEmpty() ? "" : " (" + String.join(", ", r.movements().of(m)) + ")";
            out.add(i18n.tr("report.figure.movement." + m.name(), s(r.movements().count(m))) + names);
        }
        if (r.meetings().isEmpty()) {
            out.add(i18n.tr("report.figure.noMeeting"));
        }
        for (MeetingLine m : r.meetings()) {
            String grade = m.grade() == null ? i18n.tr("report.figure.notGraded")
                    : i18n.tr("minutes.grade." + m.grade().name());
            out.add(i18n.tr("report.figure.meeting", Messages.date(m.date()),
                    lowerFirst(i18n.tr("meeting.plan.type." + m.type().name()), i18n), s(m.present()), s(m.expected()),
                    s(m.absentExcused()), s(m.absentUnexcused()), grade));
        }
        out.add(i18n.tr("report.figure.tasks", s(r.tasks().size()), s(r.tasksIn(TaskState.DONE)),
                s(r.tasksIn(TaskState.OPEN)), s(r.tasksIn(TaskState.OVERDUE))));
        if (r.studies().isEmpty()) {
            out.add(i18n.tr("report.figure.noStudy"));
        }
        for (StudyLine st : r.studies()) {
            Participation p = st.participation();
            out.add(i18n.tr("report.figure.study", Messages.date(st.date()), st.symbol(), s(p.completed()),
                    s(p.expected()), p.expected() == 0 ? "–" : p.rateText()));
        }
        out.add(i18n.tr("report.figure.dues"));
        return out;
    }

    private static String lowerFirst(String text, I18n i18n) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(i18n.messages().locale()) + text.substring(1);
    }

    private static String s(long n) {
        return Long.toString(n);
    }
}
