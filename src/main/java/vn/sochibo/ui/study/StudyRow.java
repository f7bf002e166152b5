package vn.sochibo.ui.study;

import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Messages;

/**
 * One line of the year's study sessions as shown: date, document, issuing level, organiser, form, present over
 * expected, rate against the target, and how many members still owe attendance (học bù) or a reflection.
 */
public record StudyRow(StudySummary summary, String date, String document, String level, String organiser,
                       String form, String attendance, String rate, boolean belowTarget, int owedMakeups,
                       int owedReflections) {

    public long id() {
        return summary.session().id();
    }

    public StudySession session() {
        return summary.session();
    }

    /** The row of a session in the chosen language. */
    static StudyRow of(StudySummary s, StudyTexts texts) {
        StudySession session = s.session();
        Participation p = s.participation();
        long present = s.entries().stream().filter(e -> e.expected() && e.mark() != null
                && e.mark().status() == AttendanceStatus.PRESENT).count();
        String document = session.documentTitle().isEmpty() ? session.documentSymbol()
                : session.documentSymbol() + " – " + session.documentTitle();
        int makeups = (int) s.debts().stream().filter(StudyDebt::owesAttendance).count();
        int reflections = (int) s.debts().stream().filter(StudyDebt::owesReflection).count();
        return new StudyRow(s, Messages.date(session.date()), document, texts.level(session.level()),
                texts.organiser(session.organiser()), texts.form(session.form()), present + "/" + p.expected(),
                texts.rate(p), p.expected() > 0 && !p.meetsTarget(), makeups, reflections);
    }
}
