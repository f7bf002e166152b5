package vn.sochibo.service.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.DocumentSummary;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.meeting.RollFixtures;
import vn.sochibo.testutil.TestUi;

/** Study sessions over a real database: refusals, make-ups, reflections, per year and per document. */
class StudyServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private StudyService study;
    private RollFixtures f;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
        study = services.study();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static StudySession session(String symbol, String date, boolean reflection) {
        return new StudySession(0, symbol, "Nghị quyết Hội nghị lần thứ sáu", IssuingLevel.TRUNG_UONG,
                Organiser.WARD, d(date), "Hội trường phường", StudyForm.ONLINE, "Đồng chí Phó Bí thư", reflection);
    }

    @Test
    void create_savedSession_readsBackWithEveryFieldAndAJournalLine() {
        StudySession saved = study.create(session(" 18-NQ/TW ", "2026-03-10", true));

        StudySession back = study.summary(saved.id()).session();
        assertEquals(saved, back);
        assertEquals("18-NQ/TW", back.documentSymbol());
        assertEquals(StudyForm.ONLINE, back.form());
        assertTrue(back.reflectionRequired());
        assertEquals(1, services.journal().entries(null, null).stream()
                .filter(e -> e.action() == JournalAction.STUDY_CHANGED).count());
    }

    @Test
    void create_withoutSymbol_isRefusedNamingTheField() {
        AppException e = assertThrows(AppException.class, () -> study.create(session(" ", "2026-03-10", false)));
        assertEquals("study.error.symbolRequired", e.key());
        assertTrue(Messages.forLanguage("vi").error(e).startsWith("Số, ký hiệu văn bản"));
    }

    @Test
    void mark_excusedWithoutReason_isRefusedNamingTheFieldAndTheMember() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        AppException e = assertThrows(AppException.class,
                () -> study.mark(id, f.binh, AttendanceStatus.ABSENT_EXCUSED, "  "));
        assertEquals("study.error.reasonRequired", e.key());
        assertTrue(Messages.forLanguage("vi").error(e).startsWith("Lý do vắng của đồng chí Trần Thị Bình"));
    }

    @Test
    void mark_exemptedMemberAbsent_isRefused() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        AppException e = assertThrows(AppException.class,
                () -> study.mark(id, f.cuong, AttendanceStatus.ABSENT_UNEXCUSED, ""));
        assertEquals("study.error.cannotMark.EXEMPTED", e.key());
    }

    @Test
    void makeUp_afterExcusedAbsence_countsTowardCompletion() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        study.mark(id, f.an, AttendanceStatus.PRESENT, "");
        study.mark(id, f.dung, AttendanceStatus.PRESENT, "");
        StudySummary before = study.mark(id, f.binh, AttendanceStatus.ABSENT_EXCUSED, "Đi công tác");
        assertEquals(2, before.participation().completed());

        StudySummary after = study.makeUp(id, f.binh, d("2026-03-17"));

        assertEquals(3, after.participation().completed());
        assertEquals(3, after.participation().expected());
        assertTrue(after.debts().isEmpty());
        assertEquals(d("2026-03-17"), after.entries().stream().filter(e -> e.memberId() == f.binh).findFirst()
                .orElseThrow().mark().makeupDate());
    }

    @Test
    void makeUp_beforeTheSessionOrForAPresentMember_isRefused() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        study.mark(id, f.an, AttendanceStatus.PRESENT, "");
        study.mark(id, f.binh, AttendanceStatus.ABSENT_UNEXCUSED, "");
        assertEquals("study.error.makeupNotAbsent", assertThrows(AppException.class,
                () -> study.makeUp(id, f.an, d("2026-03-17"))).key());
        assertEquals("study.error.makeupBeforeSession", assertThrows(AppException.class,
                () -> study.makeUp(id, f.binh, d("2026-03-09"))).key());
    }

    @Test
    void markPresent_afterAMakeUp_clearsTheMakeUpDate() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        study.mark(id, f.binh, AttendanceStatus.ABSENT_UNEXCUSED, "");
        study.makeUp(id, f.binh, d("2026-03-17"));
        StudySummary s = study.mark(id, f.binh, AttendanceStatus.PRESENT, "");
        assertNull(s.entries().stream().filter(e -> e.memberId() == f.binh).findFirst().orElseThrow().mark()
                .makeupDate());
    }

    @Test
    void reflection_handedIn_clearsTheReflectionDebtOnly() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", true)).id();
        study.mark(id, f.an, AttendanceStatus.PRESENT, "");
        study.mark(id, f.binh, AttendanceStatus.PRESENT, "");
        study.mark(id, f.dung, AttendanceStatus.PRESENT, "");

        StudySummary s = study.reflection(id, f.an, d("2026-03-20"));

        assertEquals(List.of(f.binh, f.dung).size(), s.debts().size());
        assertTrue(s.debts().stream().noneMatch(x -> x.memberId() == f.an));
        assertTrue(s.debts().stream().allMatch(x -> x.owesReflection() && !x.owesAttendance()));
    }

    @Test
    void reflection_notRequiredOrNotMarked_isRefused() {
        long plain = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        study.mark(plain, f.an, AttendanceStatus.PRESENT, "");
        assertEquals("study.error.reflectionNotRequired", assertThrows(AppException.class,
                () -> study.reflection(plain, f.an, d("2026-03-20"))).key());
        long asks = study.create(session("19-NQ/TW", "2026-03-10", true)).id();
        assertEquals("study.error.notMarked", assertThrows(AppException.class,
                () -> study.reflection(asks, f.an, d("2026-03-20"))).key());
    }

    @Test
    void byDocument_twoSessions_memberCompletesByEither() {
        long first = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        long second = study.create(session("18-NQ/TW", "2026-04-07", false)).id();
        study.create(session("19-NQ/TW", "2026-04-07", false));
        study.mark(first, f.an, AttendanceStatus.PRESENT, "");
        study.mark(first, f.binh, AttendanceStatus.ABSENT_EXCUSED, "Ốm");
        study.mark(second, f.binh, AttendanceStatus.PRESENT, "");

        DocumentSummary doc = study.byDocument("18-NQ/TW");

        assertEquals(2, doc.sessions().size());
        assertEquals(2, doc.participation().completed());
        assertEquals(3, doc.participation().expected());
        assertEquals(List.of(f.dung), doc.debts().stream().map(StudyDebt::memberId).toList());
        assertFalse(doc.participation().meetsTarget());
    }

    @Test
    void sessions_year_areByDateAndDeleteRemovesOne() {
        study.create(session("19-NQ/TW", "2026-05-05", false));
        long gone = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        study.create(session("18-NQ/TW", "2025-12-01", false));
        assertEquals(List.of(d("2026-03-10"), d("2026-05-05")),
                study.sessions(2026).stream().map(s -> s.session().date()).toList());

        study.delete(gone);

        assertEquals(1, study.sessions(2026).size());
        assertEquals("study.error.notFound", assertThrows(AppException.class, () -> study.summary(gone)).key());
    }

    @Test
    void session_savedOrDeleted_givesItOrNotFound() {
        StudySession saved = study.create(session("18-NQ/TW", "2026-03-10", false));
        assertEquals(saved, study.session(saved.id()));
        study.delete(saved.id());
        assertEquals("study.error.notFound", assertThrows(AppException.class, () -> study.session(saved.id())).key());
    }

    @Test
    void sessions_between_includeBothEndsAcrossTheYearByDate() {
        study.create(session("19-NQ/TW", "2026-01-31", false));
        study.create(session("18-NQ/TW", "2025-12-01", false));
        study.create(session("57-NQ/TW", "2025-11-30", false));
        study.create(session("66-NQ/TW", "2026-02-01", false));
        assertEquals(List.of(d("2025-12-01"), d("2026-01-31")),
                study.sessions(d("2025-12-01"), d("2026-01-31")).stream().map(s -> s.session().date()).toList());
    }

    @Test
    void update_movedBeforeAnAdmission_leavesTheNewMemberOffTheRoll() {
        StudySession saved = study.create(session("18-NQ/TW", "2026-03-10", false));
        assertEquals(3, study.summary(saved.id()).participation().expected());

        study.update(new StudySession(saved.id(), "18-NQ/TW", "Nghị quyết", IssuingLevel.TINH_UY, Organiser.BRANCH,
                d("2025-09-15"), "Nhà văn hóa", StudyForm.DIRECT, "", false));

        StudySummary s = study.summary(saved.id());
        assertEquals(2, s.participation().expected());
        assertEquals(IssuingLevel.TINH_UY, s.session().level());
        assertTrue(s.entries().stream().noneMatch(e -> e.memberId() == f.dung));
    }

    @Test
    void mark_journalLine_readsInVietnameseWithTheStatus() {
        long id = study.create(session("18-NQ/TW", "2026-03-10", false)).id();
        study.mark(id, f.an, AttendanceStatus.PRESENT, "");
        List<String> lines = services.journal().lines(null, null, Messages.forLanguage("vi")).stream()
                .map(l -> l.details()).toList();
        assertTrue(lines.stream().anyMatch(l -> l.equals("Điểm danh học tập: đồng chí Nguyễn Văn An — Có mặt")),
                lines.toString());
    }
}
