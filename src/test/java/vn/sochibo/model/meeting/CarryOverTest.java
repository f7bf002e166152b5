package vn.sochibo.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open tasks of earlier meetings and unfinished substantive items come back at the next review. */
class CarryOverTest {
    private static MeetingTask task(long meetingId, TaskStatus status) {
        return new MeetingTask(0, meetingId, "Vận động đóng góp quỹ khuyến học", null, true, null, status, null, "");
    }

    @Test
    void openTasks_onlyOpenTasksOfMeetingsBeforeTheDay() {
        Map<Long, LocalDate> dates = Map.of(1L, LocalDate.of(2026, 1, 4), 2L, LocalDate.of(2026, 2, 1));
        List<MeetingTask> all = List.of(task(1, TaskStatus.OPEN), task(1, TaskStatus.DONE),
                task(1, TaskStatus.DROPPED), task(2, TaskStatus.OPEN));
        assertEquals(List.of(all.get(0)), CarryOver.openTasks(all, dates, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void unfinished_leavesOutDoneAndProceduralItems() {
        AgendaItem opening = new AgendaItem(1, 1, 1, AgendaKind.OPENING, "Khai mạc", 5, "", false);
        AgendaItem personnel = new AgendaItem(2, 1, 2, AgendaKind.PERSONNEL, "Kết nạp", 5, "", false);
        AgendaItem study = new AgendaItem(3, 1, 3, AgendaKind.HCM_STUDY, "Học tập", 10, "", true);
        AgendaItem readBack = new AgendaItem(4, 1, 4, AgendaKind.READ_BACK, "Đọc biên bản", 5, "", false);
        assertEquals(List.of(personnel), CarryOver.unfinished(List.of(opening, personnel, study, readBack)));
    }

    @Test
    void isOverdue_openPastDue_trueButDoneNot() {
        MeetingTask open = new MeetingTask(0, 1, "x", null, true, LocalDate.of(2026, 1, 31), TaskStatus.OPEN, null, "");
        assertEquals(true, open.isOverdue(LocalDate.of(2026, 2, 1)));
        assertEquals(false, open.isOverdue(LocalDate.of(2026, 1, 31)));
    }
}
