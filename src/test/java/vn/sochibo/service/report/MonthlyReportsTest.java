package vn.sochibo.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.member.StatusCounts;
import vn.sochibo.model.report.MeetingLine;
import vn.sochibo.model.report.MonthlyReport;
import vn.sochibo.model.report.Movement;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.model.report.StudyLine;
import vn.sochibo.model.report.TaskLine;
import vn.sochibo.model.report.TaskState;
import vn.sochibo.model.study.Participation;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** The monthly report over a real database: its figures against the records they come from, texts and numbers. */
class MonthlyReportsTest {
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    @TempDir
    Path dir;
    private Services services;
    private ReportFixtures f;
    private MonthlyReports reports;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("r.db"), TestUi.fixedClock());
        f = ReportFixtures.write(services);
        reports = new MonthlyReports(services, TestUi.fixedClock());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void report_february_countsMembersOnTheLastDayAsTheMemberListDoes() {
        StatusCounts counts = reports.report(FEBRUARY).counts();

        assertEquals(services.members().countsOn(FEBRUARY.atEndOfMonth()), counts);
        assertEquals(7, counts.total());
        assertEquals(3, counts.probationary());
        assertEquals(1, counts.exempted());
    }

    @Test
    void report_february_movementsOnlyFromEventsDatedInFebruary() {
        MonthlyReport r = reports.report(FEBRUARY);

        assertEquals(List.of("Hoàng Văn Em"), r.movements().of(Movement.ADMITTED));
        assertEquals(List.of("Đỗ Thị Giang"), r.movements().of(Movement.TRANSFERRED_IN));
        assertEquals(0, r.movements().count(Movement.TRANSFERRED_OUT));
        assertEquals(List.of("Trần Thị Bình"), reports.report(YearMonth.of(2026, 3)).movements()
                .of(Movement.TRANSFERRED_OUT));
        assertEquals(List.of("Vũ Thị Hà"), reports.report(YearMonth.of(2026, 1)).movements()
                .of(Movement.ADMITTED));
    }

    @Test
    void report_february_listsItsOneMeetingWithTheRollOfThatDay() {
        List<MeetingLine> meetings = reports.report(FEBRUARY).meetings();
        RollSummary roll = services.meeting().roll().roll(f.roll.february).summary();

        assertEquals(1, meetings.size());
        MeetingLine m = meetings.get(0);
        assertEquals(MeetingType.REGULAR, m.type());
        assertEquals(roll.present(), m.present());
        assertEquals(roll.expected(), m.expected());
        assertEquals(1, m.absentUnexcused());
        assertNull(m.grade());
        assertEquals(List.of("Đánh giá kết quả thực hiện nghị quyết tháng 01", "Tổng vệ sinh môi trường khu phố đón "
                + "Tết"), m.content());
    }

    @Test
    void report_february_tasksAsTheyStoodOnTheLastDay() {
        List<TaskLine> tasks = reports.report(FEBRUARY).tasks();

        assertEquals(List.of(TaskState.DONE, TaskState.OVERDUE), tasks.stream().map(TaskLine::state).toList());
        assertTrue(reports.report(YearMonth.of(2026, 1)).tasks().isEmpty());
    }

    @Test
    void report_february_onlyTheStudySessionHeldInFebruary() {
        List<StudyLine> studies = reports.report(FEBRUARY).studies();
        Participation p = services.study().summary(f.february18).participation();

        assertEquals(1, studies.size());
        assertEquals("18-NQ/TW", studies.get(0).symbol());
        assertEquals(p.completed(), studies.get(0).participation().completed());
        assertEquals(p.expected(), studies.get(0).participation().expected());
        assertEquals(1, studies.get(0).participation().completed());
    }

    @Test
    void save_text_keptAfterReopeningWithAJournalLine() {
        reports.save(FEBRUARY, ReportSection.IDEOLOGY, "Đảng viên phấn khởi, tin tưởng.");
        reports.save(FEBRUARY, ReportSection.IDEOLOGY, "Đảng viên phấn khởi, tin tưởng vào sự lãnh đạo.");
        services.close();
        services = Services.open(dir.resolve("r.db"), TestUi.fixedClock());
        reports = new MonthlyReports(services, TestUi.fixedClock());

        assertEquals("Đảng viên phấn khởi, tin tưởng vào sự lãnh đạo.", reports.report(FEBRUARY)
                .note(ReportSection.IDEOLOGY));
        assertEquals("", reports.report(YearMonth.of(2026, 3)).note(ReportSection.IDEOLOGY));
        assertEquals(2, services.journal().entries(null, null).stream()
                .filter(e -> e.action() == JournalAction.REPORT_CHANGED).count());
    }

    @Test
    void write_firstExportTakesTheNextNumberAndKeepsIt() throws Exception {
        Path out = dir.resolve("bc.docx");
        reports.write(FEBRUARY, out);
        reports.write(FEBRUARY, out);
        reports.write(YearMonth.of(2026, 3), dir.resolve("bc3.docx"));

        assertTrue(Files.size(out) > 0);
        assertEquals(1, reports.number(FEBRUARY));
        assertEquals(2, reports.number(YearMonth.of(2026, 3)));
        assertEquals("Số 01-BC/CB", reports.document(FEBRUARY).header().numberLine());
        assertEquals("", reports.document(YearMonth.of(2026, 4)).header().numberLine());
    }
}
