package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

/** The meeting form: checks with messages naming the field, then creates or changes the meeting. */
class MeetingEditDialogViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private List<PersonChoice> people;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("e.db"), TestUi.fixedClock());
        MemberHistory lan = services.members().save(MemberBuilder.member().name("Nguyễn Thị Lan").build(),
                MemberEntry.admittedHere());
        people = People.on(List.of(lan), TestUi.TODAY, "(chưa chọn)");
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private MeetingEditDialogViewModel form() {
        return new MeetingEditDialogViewModel(services.meeting().meetings(), t.ui,
                Meeting.planned(MeetingType.REGULAR, LocalDate.of(2026, 12, 6), null, ""), people);
    }

    @Test
    void save_timeNotAClockTime_namesTheFieldAndSavesNothing() {
        MeetingEditDialogViewModel vm = form();
        vm.timeProperty().set("bảy giờ");
        assertFalse(vm.save());
        assertTrue(vm.problemProperty().get().contains("Giờ bắt đầu"));
        assertEquals(0, services.meeting().meetings().inYear(2026).size());
    }

    @Test
    void save_thematicWithTopicAndChair_createsItWithItsAgenda() {
        MeetingEditDialogViewModel vm = form();
        vm.typeProperty().set(MeetingType.THEMATIC);
        vm.timeProperty().set("19h30");
        vm.topicProperty().set("Học tập chuyên đề năm 2026");
        vm.chairProperty().set(people.get(1));
        assertTrue(vm.save());
        Meeting saved = vm.saved();
        assertEquals(LocalTime.of(19, 30), saved.startTime());
        assertEquals(people.get(1).id(), saved.chairId());
        assertEquals(9, services.meeting().agenda().items(saved.id()).size());
        assertEquals("Thêm kỳ sinh hoạt", vm.title());
    }

    @Test
    void save_sameChairAndMinuteTaker_showsTheRefusal() {
        MeetingEditDialogViewModel vm = form();
        vm.chairProperty().set(people.get(1));
        vm.minuteTakerProperty().set(people.get(1));
        assertFalse(vm.save());
        assertTrue(vm.problemProperty().get().startsWith("Chủ trì và thư ký"));
    }
}
