package vn.sochibo.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.sochibo.testutil.Events.d;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.testutil.Events;
import vn.sochibo.testutil.MemberBuilder;

/** Movements of a month and task states at its end, from dated events and tasks. */
class MonthlyFiguresTest {
    private static MemberHistory history(String name, MemberEvent... events) {
        return new MemberHistory(MemberBuilder.member().name(name).build(), List.of(events));
    }

    @Test
    void movements_eventsOnFirstAndLastDay_countedAndNeighbouringMonthsNot() {
        List<MemberHistory> h = List.of(
                history("Nguyễn Văn An", Events.event(EventType.ADMITTED, "2024-02-29"),
                        Events.event(EventType.EXPELLED, "2026-03-01")),
                history("Trần Thị Bình", Events.event(EventType.ADMITTED, "2025-01-31"),
                        Events.event(EventType.RECOGNISED_OFFICIAL, "2026-02-01"),
                        Events.event(EventType.LEFT_PARTY, "2026-02-28")),
                history("Lê Văn Cường", Events.event(EventType.ADMITTED, "1975-05-19"),
                        Events.event(EventType.EXEMPTED, "2026-02-15"),
                        Events.event(EventType.EXEMPTED_TEMPORARILY, "2026-02-16")));

        MemberMovements feb = MemberMovements.in(h, YearMonth.of(2026, 2));

        assertEquals(List.of("Trần Thị Bình"), feb.of(Movement.RECOGNISED));
        assertEquals(List.of("Trần Thị Bình"), feb.of(Movement.REMOVED));
        assertEquals(List.of("Lê Văn Cường"), feb.of(Movement.EXEMPTED));
        assertEquals(0, feb.count(Movement.ADMITTED));
        assertEquals(List.of("Nguyễn Văn An"), MemberMovements.in(h, YearMonth.of(2026, 3)).of(Movement.REMOVED));
    }

    @Test
    void taskState_atMonthEnd_doneLaterIsStillOpenAndPastDueIsOverdue() {
        MeetingTask doneLater = new MeetingTask(1, 1, "Thăm hỏi", null, true, d("2026-03-10"), TaskStatus.DONE,
                d("2026-03-05"), "");
        MeetingTask pastDue = new MeetingTask(2, 1, "Vận động", null, true, d("2026-02-27"), TaskStatus.OPEN, null,
                "");
        MeetingTask dueOnLastDay = new MeetingTask(3, 1, "Họp tổ", null, true, d("2026-02-28"), TaskStatus.OPEN,
                null, "");

        assertEquals(TaskState.OPEN, TaskLine.of(doneLater, d("2026-02-28")).state());
        assertEquals(TaskState.DONE, TaskLine.of(doneLater, d("2026-03-31")).state());
        assertEquals(TaskState.OVERDUE, TaskLine.of(pastDue, d("2026-02-28")).state());
        assertEquals(TaskState.OPEN, TaskLine.of(dueOnLastDay, d("2026-02-28")).state());
    }
}
