package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.AppException;
import vn.sochibo.model.ValidationException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.journal.JournalEntry;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingState;
import vn.sochibo.model.meeting.MinutesVersion;
import vn.sochibo.store.MeetingFixtures;

/** Notes autosave, adoption with per-term numbers and versions, corrections with reasons, refusals once adopted. */
class MinutesServiceTest extends MeetingTestBase {

    private MinutesService minutes() {
        return services.meeting().minutes();
    }

    private Meeting get(long id) {
        return services.meeting().meetings().get(id);
    }

    @Test
    void saveNotes_firstSave_keepsTextAndMovesPlannedToInProgress() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        long item = MeetingFixtures.items(services.database(), m.id(), "Khai mạc").get(0);
        minutes().saveNotes(item, "Đồng chí Nguyễn Văn An: ");
        assertEquals("Đồng chí Nguyễn Văn An: ", MeetingFixtures.notes(services.database(), item));
        assertEquals(MeetingState.IN_PROGRESS, get(m.id()).state());
    }

    @Test
    void adopt_withProfileNumbering_numbersPerTermAndKeepsVersionAndJournal() {
        MeetingFixtures.branch(services.database(), LocalDate.of(2025, 7, 1), true);
        Meeting first = MeetingFixtures.meeting(services.database(), DAY.minusMonths(1));
        Meeting second = MeetingFixtures.meeting(services.database(), DAY);
        assertEquals(1, minutes().adopt(first.id(), "Biên bản tháng 10").minutesNumber());
        Meeting adopted = minutes().adopt(second.id(), "Biên bản tháng 11");
        assertEquals(2, adopted.minutesNumber());
        assertEquals(MeetingState.ADOPTED, adopted.state());
        assertEquals(NOW, adopted.adoptedAt());
        assertEquals(adopted, get(second.id()));
        assertEquals("Biên bản tháng 11", minutes().versions(second.id()).get(0).content());
        assertEquals(2, journal(JournalAction.MINUTES_ADOPTED).size());
    }

    @Test
    void adopt_branchNotNumberingMinutes_leavesNumberEmpty() {
        MeetingFixtures.branch(services.database(), LocalDate.of(2025, 7, 1), false);
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        assertNull(minutes().adopt(m.id(), "Biên bản").minutesNumber());
    }

    @Test
    void adopt_noProfile_numbersWithinTheMeetingsYear() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        assertEquals(1, minutes().adopt(m.id(), "Biên bản").minutesNumber());
    }

    @Test
    void reopenAndAdoptAgain_keepsNumberAndBothVersionsWithTheReason() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        minutes().adopt(m.id(), "Biên bản lần đầu");
        Meeting reopened = minutes().reopenForCorrection(m.id(), "Ghi sót ý kiến đồng chí Hoa");
        assertEquals(MeetingState.IN_PROGRESS, reopened.state());
        Meeting again = minutes().adopt(m.id(), "Biên bản đã sửa");
        assertEquals(1, again.minutesNumber());
        List<MinutesVersion> versions = minutes().versions(m.id());
        assertEquals(List.of(1, 2), versions.stream().map(MinutesVersion::version).toList());
        assertEquals("", versions.get(0).reason());
        assertEquals("Ghi sót ý kiến đồng chí Hoa", versions.get(1).reason());
        assertEquals("Biên bản lần đầu", versions.get(0).content());
        assertEquals(1, journal(JournalAction.MINUTES_CORRECTED).size());
    }

    @Test
    void reopenForCorrection_blankReason_refusedNamingTheReason() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        minutes().adopt(m.id(), "Biên bản");
        ValidationException e = assertThrows(ValidationException.class,
                () -> minutes().reopenForCorrection(m.id(), "  "));
        assertEquals("minutes.field.reason", e.issues().get(0).field());
        assertEquals(MeetingState.ADOPTED, get(m.id()).state());
    }

    @Test
    void changes_adoptedMinutes_refusedAndNotesUnchanged() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        long item = MeetingFixtures.items(services.database(), m.id(), "Khai mạc").get(0);
        minutes().saveNotes(item, "Ý kiến đã ghi");
        minutes().adopt(m.id(), "Biên bản");
        assertEquals("minutes.error.adopted", assertThrows(AppException.class,
                () -> minutes().saveNotes(item, "Sửa lén")).key());
        assertThrows(AppException.class, () -> minutes().setGrade(m.id(), 90, true));
        assertThrows(AppException.class, () -> minutes().setItemDone(item, true));
        assertThrows(AppException.class, () -> minutes().adopt(m.id(), "Lần nữa"));
        assertEquals("Ý kiến đã ghi", MeetingFixtures.notes(services.database(), item));
    }

    @Test
    void setGrade_pointsOutOfRange_refused_inRange_kept() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        assertThrows(ValidationException.class, () -> minutes().setGrade(m.id(), 101, true));
        assertEquals(92, minutes().setGrade(m.id(), 92, true).gradePoints());
        assertEquals(92, get(m.id()).gradePoints());
    }

    @Test
    void adopt_emptyText_refused() {
        Meeting m = MeetingFixtures.meeting(services.database(), DAY);
        assertThrows(ValidationException.class, () -> minutes().adopt(m.id(), " \n "));
        assertEquals(MeetingState.PLANNED, get(m.id()).state());
    }

    private List<JournalEntry> journal(JournalAction action) {
        return services.journal().entries(null, null).stream().filter(e -> e.action() == action).toList();
    }
}
