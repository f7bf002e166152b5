package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** Opening a meeting from the home screen: its year is shown and the meeting chosen. */
class MeetingListRevealTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("r.db"), TestUi.fixedClock());
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void reveal_meetingOfLastYear_showsThatYearWithTheMeetingSelected() {
        Meeting m = services.meeting().meetings().create(Meeting.planned(MeetingType.REGULAR,
                LocalDate.of(2025, 12, 4), LocalTime.of(8, 0), "Nhà văn hóa"));
        MeetingListViewModel vm = new MeetingListViewModel(services.meeting().meetings(), t.ui);
        vm.load();
        vm.reveal(m.id(), 2025);
        assertEquals(2025, vm.yearProperty().get());
        assertEquals(m.id(), vm.selectedProperty().get().id());
        vm.load();
        assertEquals(m.id(), vm.selectedProperty().get().id());
    }
}
