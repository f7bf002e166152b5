package vn.sochibo.ui.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollRules;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudyMark;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/** The rows and the live counts of a study session's roll in words. */
final class StudyRollTexts {
    private final I18n i18n;
    private final StudyTexts texts;

    StudyRollTexts(I18n i18n) {
        this.i18n = i18n;
        this.texts = new StudyTexts(i18n);
    }

    /** Expected members first, then those listed apart (exempted, away, suspended, attached), each in name order. */
    List<StudyRollRow> rows(StudySummary s) {
        List<StudyEntry> sorted = new ArrayList<>(s.entries());
        sorted.sort(Comparator.comparing(StudyEntry::category));
        List<StudyRollRow> out = new ArrayList<>();
        int n = 1;
        for (StudyEntry e : sorted) {
            out.add(row(n++, e));
        }
        return out;
    }

    private StudyRollRow row(int number, StudyEntry e) {
        StudyMark m = e.mark();
        AttendanceStatus status = m == null ? null : m.status();
        String mark = status != null ? i18n.tr("roll.status." + status.name())
                : i18n.tr(RollRules.canMark(e.category(), AttendanceStatus.ABSENT_UNEXCUSED)
                        ? "roll.view.unmarked" : "roll.view.notExpected");
        return new StudyRollRow(e.memberId(), number, e.fullName(), i18n.tr("roll.category." + e.category().name()),
                mark, m == null ? "" : m.reason(), m == null ? "" : Messages.date(m.makeupDate()),
                m == null ? "" : Messages.date(m.reflectionOn()), e.category(), status,
                m == null ? null : m.makeupDate(), m == null ? null : m.reflectionOn());
    }

    /** The counts: expected, present, made up, still owing, not marked, the rate and, when asked, reflections. */
    String counts(StudySummary s) {
        int present = 0;
        int madeUp = 0;
        int unmarked = 0;
        int reflected = 0;
        int apart = 0;
        for (StudyEntry e : s.entries()) {
            if (!e.expected()) {
                apart++;
                continue;
            }
            StudyMark m = e.mark();
            present += m != null && m.status() == AttendanceStatus.PRESENT ? 1 : 0;
            madeUp += m != null && m.status() != AttendanceStatus.PRESENT && m.makeupDate() != null ? 1 : 0;
            unmarked += m == null ? 1 : 0;
            reflected += e.reflected() ? 1 : 0;
        }
        int expected = s.participation().expected();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.tr("study.ui.roll.count.expected", expected));
        lines.add(i18n.tr("study.ui.roll.count.present", present));
        lines.add(i18n.tr("study.ui.roll.count.madeUp", madeUp));
        lines.add(i18n.tr("study.ui.roll.count.owing", expected - present - madeUp - unmarked));
        lines.add(i18n.tr("study.ui.roll.count.unmarked", unmarked));
        lines.add(i18n.tr("study.ui.roll.count.apart", apart));
        if (s.session().reflectionRequired()) {
            lines.add(i18n.tr("study.ui.roll.count.reflections", reflected, expected));
        }
        lines.add(i18n.tr("study.ui.roll.count.rate", texts.rate(s.participation())));
        return String.join("\n", lines);
    }

    /** "Học tập, quán triệt 18-NQ/TW – title, ngày 10/03/2026". */
    String heading(StudySummary s) {
        return i18n.tr("study.ui.roll.heading", s.session().documentSymbol(), s.session().documentTitle(),
                s.session().date());
    }
}
