package vn.sochibo.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.reminder.Reminder;
import vn.sochibo.model.reminder.ReminderKind;
import vn.sochibo.service.home.HomeCharts;
import vn.sochibo.testutil.TestUi;

/** The home screen without the toolkit: today, rows by due date with hints last, empty state, navigation. */
class HomeViewModelTest {
    private final TestUi t = new TestUi();
    private final List<String> opened = new ArrayList<>();
    private List<Reminder> reminders = List.of();

    private final HomeSource source = new HomeSource() {
        @Override
        public List<Reminder> reminders(LocalDate day) {
            return reminders;
        }

        @Override
        public HomeCharts charts(LocalDate day) {
            return new HomeCharts(List.of(), new StatusCounts(day, 0, 0, 0, 0, 0, 0, 0), List.of());
        }
    };

    private final HomeNavigator navigator = new HomeNavigator() {
        @Override
        public void openMember(long memberId) {
            opened.add("member " + memberId);
        }

        @Override
        public void openMeeting(long meetingId) {
            opened.add("meeting " + meetingId);
        }

        @Override
        public void openMeetings() {
            opened.add("meetings");
        }

        @Override
        public void openStudySession(long sessionId) {
            opened.add("study " + sessionId);
        }
    };

    private final HomeViewModel vm = new HomeViewModel(t.ui, source, navigator);

    @AfterEach
    void dispose() {
        t.dispose();
    }

    private void loadWithSample() {
        reminders = List.of(
                Reminder.member(ReminderKind.EXEMPTION_HINT, "Lê Văn Cường", 3, d("2019-01-01"), "HD 06", 60),
                Reminder.member(ReminderKind.BADGE_MILESTONE, "Trần Thị Bình", 2, d("2027-02-03"), "QĐ 294", 30),
                Reminder.meeting(ReminderKind.TASK_OVERDUE, "Sửa đường", 9L, d("2026-11-01"), "NQ"),
                Reminder.study(ReminderKind.STUDY_MAKEUP_MISSING, "18-NQ/TW (05/11/2026)", 7L, d("2026-12-05"), "ĐUP",
                        2),
                Reminder.meeting(ReminderKind.THEMATIC_MISSING, "Q4/2026", null, d("2026-12-31"), "CT 50"));
        vm.load();
    }

    @Test
    void load_showsTodayAndRowsByDueDateWithHintsLast() {
        loadWithSample();
        assertEquals("Hôm nay: 21/11/2026", vm.todayTextProperty().get());
        assertEquals(List.of(ReminderGroup.OVERDUE, ReminderGroup.SOON, ReminderGroup.LATER, ReminderGroup.LATER,
                ReminderGroup.HINT), vm.rows().stream().map(ReminderRow::group).toList());
        assertEquals("Sửa đường", vm.rows().get(0).subject());
        assertEquals("quá hạn 20 ngày", vm.rows().get(0).whenText());
        assertTrue(vm.statusTextProperty().get().startsWith("Quá hạn: 1 việc; sắp đến hạn (trong 30 ngày): 1 việc; "
                + "hạn sau đó: 2 việc; gợi ý: 1."), vm.statusTextProperty().get());
        assertNotNull(vm.chartsProperty().get());
    }

    @Test
    void load_nothingDue_saysSoInsteadOfAnEmptyTable() {
        vm.load();
        assertTrue(vm.rows().isEmpty());
        assertEquals("Không có việc nào đến hạn. Chi bộ đã làm đủ các việc cần nhắc.", vm.statusTextProperty().get());
    }

    @Test
    void open_eachRow_leadsToItsRecord() {
        loadWithSample();
        vm.rows().forEach(vm::open);
        assertEquals(List.of("meeting 9", "study 7", "meetings", "member 2", "member 3"), opened);
    }

    @Test
    void openSelected_nothingChosen_asksToChooseFirst() {
        loadWithSample();
        vm.openSelected();
        assertTrue(opened.isEmpty());
        assertEquals(List.of("Đồng chí hãy chọn một việc trong danh sách trước."), t.dialogs.infos);
    }

    @Test
    void afterNextLoad_runsOnceWhenTheRemindersAreShown() {
        List<Integer> rowsSeen = new ArrayList<>();
        vm.afterNextLoad(() -> rowsSeen.add(vm.rows().size()));
        loadWithSample();
        vm.load();
        assertEquals(List.of(5), rowsSeen);
    }
}
