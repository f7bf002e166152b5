package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.DecisionType;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MinutesVersion;
import vn.sochibo.model.meeting.Vote;
import vn.sochibo.model.meeting.VoteMethod;

/** Votes, adopted versions, the pending correction reason and agenda notes as stored in a real SQLite file. */
class MinutesRepositoriesTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 21, 21, 0);
    @TempDir
    Path dir;
    private Database db;
    private Meeting meeting;
    private final VoteRepository votes = new VoteRepository();
    private final MinutesVersionRepository versions = new MinutesVersionRepository();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
        meeting = MeetingFixtures.meeting(db, LocalDate.of(2026, 11, 21));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Vote vote(String subject, int yes) {
        return new Vote(0, meeting.id(), 0, subject, DecisionType.RECOGNITION, VoteMethod.SECRET_BALLOT, yes, 1, 2);
    }

    @Test
    void votes_insertUpdateDelete_keepOrderAndEveryField() {
        Vote first = db.write(tx -> votes.insert(tx, vote("Công nhận đảng viên chính thức", 9)));
        Vote second = db.write(tx -> votes.insert(tx, vote("Nghị quyết tháng 11", 10)));
        assertEquals(List.of(1, 2), List.of(first.position(), second.position()));
        db.write(tx -> {
            votes.update(tx, new Vote(first.id(), meeting.id(), 1, "Sửa nội dung", DecisionType.ORDINARY,
                    VoteMethod.CARD, 7, 0, 0));
            votes.delete(tx, second.id());
            return null;
        });
        List<Vote> stored = db.read(tx -> votes.ofMeeting(tx, meeting.id()));
        assertEquals(List.of(new Vote(first.id(), meeting.id(), 1, "Sửa nội dung", DecisionType.ORDINARY,
                VoteMethod.CARD, 7, 0, 0)), stored);
    }

    @Test
    void versions_numberedInOrder_andCorrectionReasonTakenOnce() {
        db.write(tx -> versions.insert(tx, meeting.id(), AT, "", "Bản đầu"));
        db.write(tx -> {
            versions.openCorrection(tx, meeting.id(), "Lý do cũ", AT);
            versions.openCorrection(tx, meeting.id(), "Sai tên người phát biểu", AT);
            return null;
        });
        Optional<String> taken = db.write(tx -> versions.takeCorrection(tx, meeting.id()));
        MinutesVersion v2 = db.write(tx -> versions.insert(tx, meeting.id(), AT.plusDays(1), taken.orElse(""),
                "Bản sửa"));
        assertEquals(2, v2.version());
        assertEquals(Optional.of("Sai tên người phát biểu"), taken);
        assertEquals(Optional.empty(), db.read(tx -> versions.correction(tx, meeting.id())));
        assertEquals(List.of("Bản đầu", "Bản sửa"), db.read(tx -> versions.ofMeeting(tx, meeting.id())).stream()
                .map(MinutesVersion::content).toList());
    }

    @Test
    void meetingDeleted_votesVersionsAndCorrectionGoWithIt() {
        db.write(tx -> {
            votes.insert(tx, vote("Nghị quyết", 5));
            versions.insert(tx, meeting.id(), AT, "", "Bản đầu");
            versions.openCorrection(tx, meeting.id(), "Lý do", AT);
            new MeetingRepository().delete(tx, meeting.id());
            return null;
        });
        assertTrue(db.read(tx -> votes.ofMeeting(tx, meeting.id())).isEmpty());
        assertTrue(db.read(tx -> versions.ofMeeting(tx, meeting.id())).isEmpty());
        assertEquals(Optional.empty(), db.read(tx -> versions.correction(tx, meeting.id())));
    }

    @Test
    void agendaNotes_saveAndTick_storedOnTheItem() {
        long item = MeetingFixtures.items(db, meeting.id(), "Thảo luận").get(0);
        AgendaNotesRepository notes = new AgendaNotesRepository();
        db.write(tx -> {
            notes.saveNotes(tx, item, "Đồng chí An: nhất trí\n");
            notes.setDone(tx, item, true);
            return null;
        });
        assertEquals("Đồng chí An: nhất trí\n", MeetingFixtures.notes(db, item));
        assertTrue(MeetingFixtures.agenda(db, meeting.id()).get(0).done());
        assertEquals(meeting.id(), db.read(tx -> notes.meetingOf(tx, item)).getAsLong());
    }
}
