package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.store.MeetingRepository;
import vn.sochibo.testutil.MemberBuilder;
import vn.sochibo.testutil.TestUi;

class RollServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private RollService roll;
    private long an;
    private long binh;
    private long exempted;
    private long meetingId;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("r.db"), TestUi.fixedClock());
        roll = services.meeting().roll();
        an = services.members().save(MemberBuilder.member().name("Nguyễn Văn An").build(),
                MemberEntry.admittedHere()).member().id();
        binh = services.members().save(MemberBuilder.member().name("Trần Thị Bình").female().build(),
                MemberEntry.admittedHere()).member().id();
        exempted = services.members().save(MemberBuilder.member().name("Lê Văn Cường").build(),
                MemberEntry.admittedHere()).member().id();
        services.members().saveEvent(new MemberEvent(0, exempted, EventType.EXEMPTED, d("2025-01-01"), null, "",
                "Tuổi cao, sức yếu", ""));
        meetingId = insert(Meeting.planned(MeetingType.REGULAR, d("2026-02-05"), LocalTime.of(8, 0), "Nhà văn hóa"));
    }

    private long insert(Meeting m) {
        return services.database().write(tx -> new MeetingRepository().insert(tx, m)).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void roll_newMeeting_listsEveryoneUnmarked() {
        Roll r = roll.roll(meetingId);
        assertEquals(3, r.entries().size());
        assertEquals(2, r.summary().unmarked());
        assertEquals(2, r.summary().expected());
    }

    @Test
    void mark_firstMark_putsAPlannedMeetingInProgress() {
        roll.mark(meetingId, an, AttendanceStatus.PRESENT, "", "Đến muộn 10 phút");
        assertEquals(MeetingState.IN_PROGRESS, roll.meeting(meetingId).state());
        assertEquals("Đến muộn 10 phút", roll.roll(meetingId).entries().stream()
                .filter(e -> e.memberId() == an).findFirst().orElseThrow().mark().note());
    }

    @Test
    void mark_excusedWithoutReason_isRefusedNamingTheFieldAndNothingChanges() {
        AppException e = assertThrows(AppException.class,
                () -> roll.mark(meetingId, binh, AttendanceStatus.ABSENT_EXCUSED, "  ", ""));
        assertEquals("roll.error.reasonRequired", e.key());
        assertTrue(Messages.forLanguage("vi").error(e).startsWith("Lý do vắng của đồng chí Trần Thị Bình"));
        assertEquals(MeetingState.PLANNED, roll.meeting(meetingId).state());
        assertEquals(2, roll.roll(meetingId).summary().unmarked());
    }

    @Test
    void mark_excusedWithReason_isListedWithTheReason() {
        Roll r = roll.mark(meetingId, binh, AttendanceStatus.ABSENT_EXCUSED, "Đi công tác", "");
        assertEquals("Đi công tác", r.summary().absentExcused().get(0).mark().reason());
    }

    @Test
    void mark_exemptedAsAbsent_isRefused() {
        AppException e = assertThrows(AppException.class,
                () -> roll.mark(meetingId, exempted, AttendanceStatus.ABSENT_UNEXCUSED, "", ""));
        assertEquals("roll.error.cannotMark.EXEMPTED", e.key());
    }

    @Test
    void markAllPresent_keepsExistingMarksAndLeavesExemptedUnmarked() {
        roll.mark(meetingId, binh, AttendanceStatus.ABSENT_UNEXCUSED, "", "");
        Roll r = roll.markAllPresent(meetingId);
        assertEquals(1, r.summary().present());
        assertEquals(1, r.summary().absentUnexcused().size());
        assertEquals(0, r.summary().unmarked());
        assertEquals(2, r.summary().voteDenominator());
    }

    @Test
    void clear_removesTheMark() {
        roll.markAllPresent(meetingId);
        Roll r = roll.clear(meetingId, an);
        assertEquals(1, r.summary().unmarked());
    }

    @Test
    void anyChange_onAnAdoptedMeeting_isRefused() {
        long adopted = insert(Meeting.planned(MeetingType.REGULAR, d("2026-01-05"), LocalTime.of(8, 0), "")
                .withState(MeetingState.ADOPTED));
        assertEquals("roll.error.adopted", assertThrows(AppException.class,
                () -> roll.markAllPresent(adopted)).key());
        assertEquals("roll.error.adopted", assertThrows(AppException.class,
                () -> roll.addGuest(adopted, "Phạm Văn Đức", "Đảng ủy viên")).key());
        assertEquals(0, roll.roll(adopted).summary().present());
    }

    @Test
    void guests_addChangeRemove_areKeptInOrderAndOutOfTheCounts() {
        Guest first = roll.addGuest(meetingId, "Phạm Văn Đức", "Đảng ủy viên phụ trách chi bộ");
        roll.addGuest(meetingId, "Võ Thị Hà", "Khách mời");
        roll.updateGuest(first.id(), "Phạm Văn Đức", "Phó Bí thư Đảng ủy phường");
        Roll r = roll.roll(meetingId);
        assertEquals(List.of("Phó Bí thư Đảng ủy phường", "Khách mời"), r.guests().stream().map(Guest::post).toList());
        assertEquals(0, r.summary().present());
        roll.removeGuest(first.id());
        assertEquals(1, roll.roll(meetingId).guests().size());
    }

    @Test
    void addGuest_toAPlannedMeeting_leavesItPlanned() {
        roll.addGuest(meetingId, "Phạm Văn Đức", "Đảng ủy viên phụ trách chi bộ");
        assertEquals(MeetingState.PLANNED, roll.meeting(meetingId).state());
    }

    @Test
    void mark_writesAJournalLineNamingThePersonAndTheMark() {
        roll.mark(meetingId, an, AttendanceStatus.PRESENT, "", "");
        List<String> details = services.journal().lines(null, null, Messages.forLanguage("vi")).stream()
                .map(l -> l.details()).toList();
        assertTrue(details.contains("Điểm danh đồng chí Nguyễn Văn An: Có mặt"), details.toString());
    }

    @Test
    void addGuest_blankName_isRefused() {
        assertEquals("roll.error.guestName", assertThrows(AppException.class,
                () -> roll.addGuest(meetingId, " ", "Khách mời")).key());
    }

    @Test
    void rollTexts_afterMarks_readLikeTheMinutesHeader() {
        roll.markAllPresent(meetingId);
        Roll r = roll.mark(meetingId, binh, AttendanceStatus.ABSENT_EXCUSED, "Ốm", "");
        String text = RollTexts.text(r.summary(), Messages.forLanguage("vi"));
        assertTrue(text.contains("Tổng số đảng viên: 3 (chính thức 3, dự bị 0)"), text);
        assertTrue(text.contains("Có mặt: 1 (chính thức 1, dự bị 0, sinh hoạt tạm thời 0)"), text);
        assertTrue(text.contains("có lý do: 1 (Trần Thị Bình – Ốm)"), text);
    }
}
