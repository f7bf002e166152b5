package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingTask;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.TaskStatus;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.TestUi;

/** The agenda editor: duration in words, carried-over work, item and task editing, read-only when adopted. */
class AgendaViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("g.db"), TestUi.fixedClock());
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private Meeting meeting(LocalDate day) {
        return services.meeting().meetings().create(Meeting.planned(MeetingType.REGULAR, day, null, ""));
    }

    private AgendaViewModel editor(Meeting m) {
        AgendaViewModel vm = new AgendaViewModel(services.meeting().agenda(), t.ui, m, List.of());
        vm.load();
        return vm;
    }

    @Test
    void load_standardRegularAgenda_totalAgainstMinimumInWords() {
        AgendaViewModel vm = editor(meeting(LocalDate.of(2026, 12, 6)));
        assertEquals(15, vm.rows().size());
        String text = vm.durationTextProperty().get();
        assertTrue(text.contains("98 phút (1 giờ 38 phút)"), text);
        assertTrue(text.contains("Tối thiểu 90 phút"), text);
        assertTrue(text.contains("đủ thời gian"), text);
    }

    @Test
    void remove_itemsBelowMinimum_saysHowManyMinutesAreMissing() {
        AgendaViewModel vm = editor(meeting(LocalDate.of(2026, 12, 6)));
        vm.selectedProperty().set(vm.rows().get(9));
        vm.remove();
        assertTrue(vm.durationTextProperty().get().contains("còn thiếu 7 phút"), vm.durationTextProperty().get());
    }

    @Test
    void load_openOverdueTaskOfEarlierMeeting_isCarriedWithOverdueWord() {
        Meeting oct = meeting(LocalDate.of(2026, 10, 4));
        services.meeting().agenda().addTask(new MeetingTask(0, oct.id(), "Thu đảng phí quý IV", null, true,
                LocalDate.of(2026, 10, 31), TaskStatus.OPEN, null, ""));
        AgendaViewModel vm = editor(meeting(LocalDate.of(2026, 12, 6)));
        assertEquals(1, vm.carried().stream().filter(l -> l.contains("Thu đảng phí quý IV")).count());
        assertTrue(vm.carried().get(0).startsWith("⚠ QUÁ HẠN"), vm.carried().get(0));
        assertTrue(vm.rows().stream().anyMatch(r -> r.title().contains("kèm")));
    }

    @Test
    void add_minutesNotANumber_namesTheField() {
        AgendaViewModel vm = editor(meeting(LocalDate.of(2026, 12, 6)));
        vm.form().titleProperty().set("Tổng vệ sinh");
        vm.form().minutesProperty().set("mười");
        vm.add();
        assertTrue(vm.problemProperty().get().contains("Số phút"));
        assertEquals(15, vm.rows().size());
    }

    @Test
    void add_goodLine_appendsIt() {
        AgendaViewModel vm = editor(meeting(LocalDate.of(2026, 12, 6)));
        vm.form().titleProperty().set("Tổng vệ sinh");
        vm.form().minutesProperty().set("10");
        vm.add();
        assertEquals("Tổng vệ sinh", vm.rows().get(15).title());
    }

    @Test
    void tasks_addedWithCommitteeOwner_showsOwnerAndOverdueWord() {
        AgendaViewModel vm = editor(meeting(LocalDate.of(2026, 11, 1)));
        vm.tasks().textProperty().set("Rà soát đảng viên miễn sinh hoạt");
        vm.tasks().dueProperty().set(LocalDate.of(2026, 11, 15));
        vm.tasks().add();
        TaskRow row = vm.tasks().rows().get(0);
        assertEquals("Chi ủy", row.owner());
        assertEquals("⚠ QUÁ HẠN", row.overdue());
    }

    @Test
    void load_adoptedMeeting_isReadOnlyAndSaysSo() {
        Meeting m = meeting(LocalDate.of(2026, 11, 1));
        services.database().write(tx -> {
            new MeetingRepository().update(tx, m.withAdoption(LocalDateTime.of(2026, 11, 1, 10, 0), 3));
            return null;
        });
        AgendaViewModel vm = new AgendaViewModel(services.meeting().agenda(), t.ui,
                services.meeting().meetings().get(m.id()), List.of());
        vm.load();
        assertTrue(vm.readOnlyProperty().get());
        assertTrue(vm.problemProperty().get().contains("đã được thông qua"));
    }
}
