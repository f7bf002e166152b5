package vn.sochibo.model.report.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;

/** Pure counting of meetings and attendance for a summary (rules.md §3.1, §5.5, §6). */
public final class SummaryAttendance {
    private SummaryAttendance() {
    }

    /** Meetings of each type in the order of the enum: on the calendar, held, minutes adopted. */
    public static List<MeetingTally> byType(List<Meeting> meetings) {
        List<MeetingTally> out = new ArrayList<>();
        for (MeetingType type : MeetingType.values()) {
            List<Meeting> ofType = meetings.stream().filter(m -> m.type() == type).toList();
            int held = (int) ofType.stream().filter(SummaryAttendance::held).count();
            int adopted = (int) ofType.stream().filter(Meeting::isAdopted).count();
            out.add(new MeetingTally(type, ofType.size(), held, adopted));
        }
        return out;
    }

    /** True once the roll call or the minutes of the meeting have begun. */
    public static boolean held(Meeting m) {
        return m.state() != MeetingState.PLANNED;
    }

    /** True for the meetings of the whole branch whose attendance is counted (not the committee's own). */
    public static boolean counted(Meeting m) {
        return held(m) && m.type() != MeetingType.COMMITTEE;
    }

    /** The meeting's attendance over the members expected on its date, with the unexcused absentees' names. */
    public static MeetingFigure figure(Meeting m, Roll roll) {
        int expected = 0;
        int[] byStatus = new int[AttendanceStatus.values().length];
        int unmarked = 0;
        List<String> unexcused = new ArrayList<>();
        for (RollEntry e : roll.entries()) {
            if (e.category() != RollCategory.EXPECTED) {
                continue;
            }
            expected++;
            if (e.mark() == null) {
                unmarked++;
            } else {
                byStatus[e.mark().status().ordinal()]++;
                if (e.mark().status() == AttendanceStatus.ABSENT_UNEXCUSED) {
                    unexcused.add(e.fullName());
                }
            }
        }
        Tally t = new Tally(expected, byStatus[AttendanceStatus.PRESENT.ordinal()],
                byStatus[AttendanceStatus.ABSENT_EXCUSED.ordinal()],
                byStatus[AttendanceStatus.ABSENT_UNEXCUSED.ordinal()], unmarked);
        return new MeetingFigure(m.date(), m.type(), m.state(), t, unexcused);
    }

    /** Members by the number of held regular meetings they missed without reason: once, twice, three or more. */
    public static UnexcusedTally unexcused(List<Meeting> meetings, Map<Long, Roll> rolls) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Meeting m : meetings) {
            if (m.type() != MeetingType.REGULAR || !held(m) || !rolls.containsKey(m.id())) {
                continue;
            }
            for (RollEntry e : rolls.get(m.id()).entries()) {
                if (e.category() == RollCategory.EXPECTED && e.mark() != null
                        && e.mark().status() == AttendanceStatus.ABSENT_UNEXCUSED) {
                    counts.merge(e.memberId(), 1, Integer::sum);
                }
            }
        }
        int[] buckets = new int[3];
        counts.values().forEach(n -> buckets[Math.min(n, 3) - 1]++);
        return new UnexcusedTally(buckets[0], buckets[1], buckets[2]);
    }
}
