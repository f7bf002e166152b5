package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudyMark;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.testutil.MemberBuilder;

/** Study sessions and their marks as stored in a real SQLite file. */
class StudyRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    @TempDir
    Path dir;
    private Database db;
    private long member;
    private final StudyRepository study = new StudyRepository();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("r.db"));
        member = db.write(tx -> new MemberRepository().insert(tx, MemberBuilder.member().name("Nguyễn Văn An")
                .build())).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static StudySession session(String symbol, LocalDate date) {
        return new StudySession(0, symbol, "Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                IssuingLevel.DANG_UY_PHUONG, Organiser.BRANCH, date, "Nhà văn hóa tổ 3", StudyForm.ONLINE,
                "Đồng chí Bí thư", true);
    }

    @Test
    void sessions_insertUpdateAndRead_keepEveryField() {
        StudySession saved = db.write(tx -> study.insert(tx, session("05-CT/TW", DAY)));
        StudySession changed = new StudySession(saved.id(), "05-CT/TW", "Đổi tên", IssuingLevel.CHI_BO,
                Organiser.WARD, DAY.plusDays(1), "Hội trường", StudyForm.DIRECT, "Báo cáo viên", false);
        db.write(tx -> {
            study.update(tx, changed);
            return null;
        });
        assertEquals(changed, db.read(tx -> study.get(tx, saved.id())).orElseThrow());
        assertEquals(List.of(changed), db.read(tx -> study.bySymbol(tx, "05-CT/TW")));
        assertEquals(List.of(), db.read(tx -> study.between(tx, DAY.plusDays(2), DAY.plusDays(30))));
    }

    @Test
    void marks_putTwice_keepOneLineWithMakeUpAndReflectionDates() {
        long id = db.write(tx -> study.insert(tx, session("18-NQ/TW", DAY))).id();
        StudyMark mark = new StudyMark(id, member, AttendanceStatus.ABSENT_EXCUSED, "Ốm", DAY.plusDays(7),
                DAY.plusDays(10));
        db.write(tx -> {
            study.put(tx, new StudyMark(id, member, AttendanceStatus.ABSENT_UNEXCUSED, "", null, null));
            study.put(tx, mark);
            return null;
        });
        assertEquals(List.of(mark), db.read(tx -> study.marks(tx, id)));
        assertEquals(List.of(mark), db.read(tx -> study.marksBetween(tx, DAY, DAY)).get(id));
    }

    @Test
    void delete_session_removesItsMarksToo() {
        long id = db.write(tx -> study.insert(tx, session("18-NQ/TW", DAY))).id();
        db.write(tx -> {
            study.put(tx, new StudyMark(id, member, AttendanceStatus.PRESENT, "", null, null));
            study.delete(tx, id);
            return null;
        });
        assertTrue(db.read(tx -> study.get(tx, id)).isEmpty());
        assertTrue(db.read(tx -> study.marksBetween(tx, DAY, DAY)).isEmpty());
        boolean removed = db.write(tx -> study.deleteMark(tx, id, member));
        assertFalse(removed);
    }
}
