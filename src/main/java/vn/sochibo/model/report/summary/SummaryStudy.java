package vn.sochibo.model.report.summary;

import java.time.LocalDate;
import java.util.List;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.rules.StudyTargets;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudySummary;

/** Pure counting of study participation for a summary (rules.md §7). */
public final class SummaryStudy {
    private SummaryStudy() {
    }

    /**
     * The tally of the sessions; the target is the one of the latest session, or the one in force on {@code end}
     * when there was none.
     */
    public static StudyTally tally(List<StudySummary> sessions, LocalDate end) {
        int expected = 0;
        int completed = 0;
        int madeUp = 0;
        int onTarget = 0;
        int owedAttendance = 0;
        int owedReflection = 0;
        int target = StudyTargets.on(end).percent();
        for (StudySummary s : sessions) {
            expected += s.participation().expected();
            completed += s.participation().completed();
            madeUp += (int) s.entries().stream().filter(SummaryStudy::madeUp).count();
            onTarget += s.participation().meetsTarget() ? 1 : 0;
            owedAttendance += (int) s.debts().stream().filter(StudyDebt::owesAttendance).count();
            owedReflection += (int) s.debts().stream().filter(StudyDebt::owesReflection).count();
            target = s.participation().targetPercent();
        }
        return new StudyTally(sessions.size(), expected, completed, madeUp, target, onTarget, owedAttendance,
                owedReflection);
    }

    private static boolean madeUp(StudyEntry e) {
        return e.expected() && e.mark() != null && e.mark().status() != AttendanceStatus.PRESENT
                && e.mark().makeupDate() != null;
    }
}
