package vn.sochibo.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingFixtures;
import vn.sochibo.testutil.FakeDialogs;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.ManualScheduler;

/** The live minutes save what is typed, move through the agenda, insert speakers, adopt and reopen. */
class LiveMinutesViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 21, 8, 45, 7)
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private Services services;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ManualScheduler time = new ManualScheduler();
    private long meetingId;
    private List<Long> items;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("m.db"), CLOCK);
        meetingId = MeetingFixtures.meeting(services.database(), DAY).id();
        items = MeetingFixtures.items(services.database(), meetingId, "Khai mạc", "Thảo luận", "Kết luận");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private LiveMinutesViewModel vm() {
        LiveMinutesSources sources = new LiveMinutesSources(id -> MeetingFixtures.agenda(services.database(), id),
                id -> MeetingUiFixtures.roll(DAY), id -> "BIÊN BẢN\nToàn văn biên bản");
        LiveMinutesViewModel vm = new LiveMinutesViewModel(services.meeting(), sources,
                TestUi.context(dialogs, CLOCK), time, meetingId);
        vm.load();
        return vm;
    }

    private String stored(int index) {
        return MeetingFixtures.notes(services.database(), items.get(index));
    }

    @Test
    void typing_thenTwoSecondsWithoutKeys_savesAndSaysWhen() {
        LiveMinutesViewModel vm = vm();
        vm.notesProperty().set("Đồng chí Bí thư khai mạc");
        time.advance(1999);
        assertEquals("", stored(0));
        time.advance(1);
        assertEquals("Đồng chí Bí thư khai mạc", stored(0));
        assertEquals("Đã lưu lúc 08:45:07", vm.savedTextProperty().get());
        assertEquals(MeetingState.IN_PROGRESS, vm.meetingProperty().get().state());
    }

    @Test
    void load_saysEverythingIsSaved() {
        assertEquals("Mọi ghi chép đã được lưu", vm().savedTextProperty().get());
    }

    @Test
    void next_savesAtOnceTicksTheItemAndShowsTheNextOne() {
        LiveMinutesViewModel vm = vm();
        vm.notesProperty().set("Có 8 đồng chí dự");
        vm.next();
        assertEquals("Có 8 đồng chí dự", stored(0));
        assertTrue(vm.items().get(0).done());
        assertEquals(1, vm.currentProperty().get());
        assertEquals("Thảo luận", vm.itemTitleProperty().get());
        assertEquals("", vm.notesProperty().get());
        assertTrue(vm.itemLabel(vm.items().get(0), false).contains("✓"));
    }

    @Test
    void reopen_afterClose_showsWhereTheMeetingStoppedWithItsNotes() {
        LiveMinutesViewModel first = vm();
        first.next();
        first.notesProperty().set("Đồng chí Lê Thị Hoa: nhất trí");
        first.close();
        LiveMinutesViewModel again = vm();
        assertEquals(1, again.currentProperty().get());
        assertEquals("Đồng chí Lê Thị Hoa: nhất trí", again.notesProperty().get());
    }

    @Test
    void reopen_afterGoingBackToAnEarlierItem_showsTheItemLastViewed() {
        LiveMinutesViewModel first = vm();
        first.next();
        first.next();
        first.select(0);
        first.notesProperty().set("Đồng chí chủ trì bổ sung phần mở đầu");
        first.close();
        LiveMinutesViewModel again = vm();
        assertEquals(0, again.currentProperty().get());
        assertEquals("Đồng chí chủ trì bổ sung phần mở đầu", again.notesProperty().get());
    }

    @Test
    void insertSpeaker_startsANewLineWithTheFullName_speakersArePresentMembersAndGuests() {
        LiveMinutesViewModel vm = vm();
        assertEquals(List.of("Nguyễn Văn An", "Lê Thị Hoa", "Phạm Minh Tuấn"), vm.speakers());
        vm.notesProperty().set("Ý kiến thảo luận");
        vm.insertSpeaker("Lê Thị Hoa");
        assertEquals("Ý kiến thảo luận\nĐồng chí Lê Thị Hoa: ", vm.notesProperty().get());
    }

    @Test
    void adopt_confirmed_makesEverythingReadOnlyAndKeepsTheText() {
        LiveMinutesViewModel vm = vm();
        vm.notesProperty().set("Khai mạc lúc 8 giờ");
        vm.adopt();
        assertTrue(vm.readOnlyProperty().get());
        assertEquals("Khai mạc lúc 8 giờ", stored(0));
        assertEquals("BIÊN BẢN\nToàn văn biên bản", services.meeting().minutes().versions(meetingId).get(0).content());
        vm.notesProperty().set("sửa sau khi thông qua");
        time.advance(5000);
        assertEquals("Khai mạc lúc 8 giờ", stored(0));
    }

    @Test
    void readBack_onTheMeetingDay_notesTheClosingTimeOnce() {
        LiveMinutesViewModel vm = vm();
        assertEquals("BIÊN BẢN\nToàn văn biên bản", vm.readBackText());
        assertEquals(java.time.LocalTime.of(8, 45), services.meeting().meetings().get(meetingId).endTime());
    }

    @Test
    void correct_withReason_opensAgain_withoutReason_staysAdopted() {
        LiveMinutesViewModel vm = vm();
        vm.adopt();
        vm.correct(message -> Optional.empty());
        assertTrue(vm.readOnlyProperty().get());
        vm.correct(message -> Optional.of("Ghi sót ý kiến"));
        assertFalse(vm.readOnlyProperty().get());
        assertEquals(Optional.of("Ghi sót ý kiến"), services.meeting().minutes().correctionUnderWay(meetingId));
    }

    @Test
    void adopt_declined_staysOpen() {
        dialogs.answer = false;
        LiveMinutesViewModel vm = vm();
        vm.adopt();
        assertFalse(vm.readOnlyProperty().get());
        assertTrue(services.meeting().minutes().versions(meetingId).isEmpty());
    }

    @Test
    void tick_onTheMeetingDay_showsElapsedAgainstThePlan() {
        LiveMinutesViewModel vm = vm();
        assertEquals("Đã họp 0:45:07: QUÁ thời gian dự kiến 30 phút", vm.elapsedTextProperty().get());
    }

    @Test
    void load_rollNotAvailable_leavesNoSpeakersButWorks() {
        LiveMinutesSources sources = new LiveMinutesSources(id -> MeetingFixtures.agenda(services.database(), id),
                id -> {
                    throw new UnsupportedOperationException("pending");
                }, id -> "");
        LiveMinutesViewModel vm = new LiveMinutesViewModel(services.meeting(), sources,
                TestUi.context(dialogs, CLOCK), time, meetingId);
        vm.load();
        assertTrue(vm.speakers().isEmpty());
        assertEquals("Khai mạc", vm.itemTitleProperty().get());
    }
}
