package vn.sochibo.model.report.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.study.StudySummary;

/** Computes a summary's figures from the branch's data; only what is dated inside the period counts. */
public final class SummaryRules {
    private SummaryRules() {
    }

    /**
     * The figures of the period from every member's history, the meetings (with their rolls by meeting id) and the
     * study sessions; meetings and sessions dated outside the period are ignored.
     */
    public static SummaryFigures figures(SummaryPeriod period, List<MemberHistory> histories, List<Meeting> meetings,
                                         Map<Long, Roll> rolls, List<StudySummary> sessions) {
        List<Meeting> inside = meetings.stream().filter(m -> period.contains(m.date()))
                .sorted(Comparator.comparing(Meeting::date)).toList();
        List<MeetingFigure> held = inside.stream()
                .filter(m -> SummaryAttendance.counted(m) && rolls.containsKey(m.id()))
                .map(m -> SummaryAttendance.figure(m, rolls.get(m.id()))).toList();
        List<StudySummary> studied = sessions.stream().filter(s -> period.contains(s.session().date())).toList();
        return new SummaryFigures(period, StatusCounts.on(histories, period.from().minusDays(1)),
                StatusCounts.on(histories, period.to()), SummaryAttendance.byType(inside), held,
                SummaryAttendance.unexcused(inside, rolls), SummaryStudy.tally(studied, period.to()),
                movements(period, histories));
    }

    /** The counted events dated inside the period, by date then name. */
    public static List<Movement> movements(SummaryPeriod period, List<MemberHistory> histories) {
        List<Movement> out = new ArrayList<>();
        for (MemberHistory h : histories) {
            for (MemberEvent e : h.events()) {
                MovementKind kind = MovementKind.of(e.type());
                if (kind != null && period.contains(e.date())) {
                    String detail = e.place().isEmpty() ? e.reason() : e.place();
                    out.add(new Movement(e.date(), h.member().fullName(), kind, detail));
                }
            }
        }
        out.sort(Comparator.comparing(Movement::date).thenComparing(Movement::kind)
                .thenComparing(Movement::fullName));
        return out;
    }
}
