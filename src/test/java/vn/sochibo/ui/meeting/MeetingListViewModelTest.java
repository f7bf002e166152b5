package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** The year at a glance, planning and deleting, without the toolkit. */
class MeetingListViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private MeetingListViewModel vm;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("l.db"), TestUi.fixedClock());
        vm = new MeetingListViewModel(services.meeting().meetings(), t.ui);
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void planYear_confirmed_showsSixteenMeetingsWithVietnameseLabelsAndWarnings() {
        vm.planYear();
        assertEquals(16, vm.rows().size());
        assertEquals("Sinh hoạt định kỳ", vm.rows().get(0).type());
        assertEquals("Dự kiến", vm.rows().get(0).state());
        assertEquals("Tháng 1", vm.rows().get(0).month());
        assertTrue(vm.rows().stream().anyMatch(r -> r.type().equals("Sinh hoạt chuyên đề")));
        assertTrue(t.dialogs.infos.get(0).contains("16"));
        assertTrue(vm.warningTextProperty().get().contains("tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 năm 2026"));
        assertTrue(vm.warningTextProperty().get().contains("quý 1, 2, 3 năm 2026"));
    }

    @Test
    void planYear_declined_createsNothing() {
        t.dialogs.answer = false;
        vm.planYear();
        assertEquals(0, services.meeting().meetings().inYear(2026).size());
    }

    @Test
    void nextYear_movesToFollowingYear() {
        vm.nextYear();
        assertEquals("2027", vm.yearTextProperty().get());
    }

    @Test
    void delete_noMeetingChosen_asksToChooseOne() {
        vm.delete();
        assertEquals(1, t.dialogs.infos.size());
    }

    @Test
    void delete_heldMeeting_showsRefusalAndKeepsIt() {
        Meeting m = services.meeting().meetings().create(Meeting.planned(MeetingType.REGULAR,
                LocalDate.of(2026, 1, 4), null, ""));
        AgendaItem first = services.meeting().agenda().items(m.id()).get(0);
        services.meeting().agenda().updateItem(first.withDone(true));
        vm.load();
        vm.select(m.id());
        vm.delete();
        assertEquals(1, t.dialogs.errors.size());
        assertTrue(t.dialogs.errors.get(0).contains("04/01/2026"));
        assertEquals(1, vm.rows().size());
    }

    @Test
    void delete_plannedMeetingConfirmed_removesRow() {
        Meeting m = services.meeting().meetings().create(Meeting.planned(MeetingType.REGULAR,
                LocalDate.of(2026, 1, 4), null, ""));
        vm.load();
        vm.select(m.id());
        vm.delete();
        assertEquals(0, vm.rows().size());
        assertNull(vm.selectedProperty().get());
    }
}
