package vn.sochibo.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.sochibo.testutil.Events.d;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.report.summary.MeetingTally;
import vn.sochibo.model.report.summary.Movement;
import vn.sochibo.model.report.summary.MovementKind;
import vn.sochibo.model.report.summary.StudyTally;
import vn.sochibo.model.report.summary.SummaryFigures;
import vn.sochibo.model.report.summary.Tally;
import vn.sochibo.model.report.summary.UnexcusedTally;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** The summary's figures against a branch written through the services into a real database. */
class SummaryServiceTest {
    @TempDir
    Path dir;
    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("s.db"), TestUi.fixedClock());
        SummaryFixtures.write(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void figures_firstQuarter_countsMembersAtTheStartAsOfTheDayBefore() {
        SummaryFigures f = services.summary().figures(2026, 1);
        assertEquals(d("2025-12-31"), f.start().date());
        assertEquals(5, f.start().total());
        assertEquals(4, f.start().official());
        assertEquals(1, f.start().probationary());
        assertEquals(1, f.start().exempted());
        assertEquals(7, f.end().total());
        assertEquals(2, f.end().probationary());
    }

    @Test
    void figures_firstQuarter_listsOnlyMovementsInsideItIncludingItsLastDay() {
        List<Movement> moves = services.summary().figures(2026, 1).movements();
        assertEquals(List.of("Vũ Thị Em", "Bùi Văn Khánh"), moves.stream().map(Movement::fullName).toList());
        assertEquals(List.of(MovementKind.ADMITTED, MovementKind.TRANSFERRED_IN),
                moves.stream().map(Movement::kind).toList());
        assertEquals(d("2026-03-31"), moves.get(1).date());
    }

    @Test
    void figures_secondQuarter_leavesTheTransferOfTheLastDayOfMarchOut() {
        SummaryFigures f = services.summary().figures(2026, 2);
        assertEquals(0, f.count(MovementKind.TRANSFERRED_IN));
        assertEquals(1, f.count(MovementKind.TRANSFERRED_OUT));
        assertEquals(7, f.start().total());
        assertEquals(6, f.end().total());
    }

    @Test
    void figures_wholeYear_countsEveryMovementOfTheYearButNotTheDeathOfDecember() {
        SummaryFigures f = services.summary().figures(2026, null);
        assertEquals(1, f.count(MovementKind.ADMITTED));
        assertEquals(1, f.count(MovementKind.RECOGNISED_OFFICIAL));
        assertEquals(1, f.count(MovementKind.TRANSFERRED_IN));
        assertEquals(1, f.count(MovementKind.TRANSFERRED_OUT));
        assertEquals(0, f.count(MovementKind.DECEASED));
    }

    @Test
    void figures_firstQuarter_countsMeetingsByTypeHeldAndAdopted() {
        List<MeetingTally> m = services.summary().figures(2026, 1).meetings();
        assertEquals(new MeetingTally(MeetingType.REGULAR, 3, 3, 1), m.get(0));
        assertEquals(new MeetingTally(MeetingType.THEMATIC, 1, 1, 0), m.get(1));
        assertEquals(new MeetingTally(MeetingType.EXTRAORDINARY, 0, 0, 0), m.get(2));
        assertEquals(new MeetingTally(MeetingType.COMMITTEE, 1, 0, 0), m.get(3));
    }

    @Test
    void figures_firstQuarter_attendanceLeavesTheExemptedMemberOutOfTheExpected() {
        SummaryFigures f = services.summary().figures(2026, 1);
        assertEquals(new Tally(18, 14, 1, 3, 0), f.attendance());
        assertEquals(14.0 / 18, f.attendance().rate(), 1e-9);
        assertEquals(new Tally(4, 3, 0, 1, 0), f.attendance(YearMonth.of(2026, 1)));
        assertEquals(new Tally(10, 8, 1, 1, 0), f.attendance(YearMonth.of(2026, 3)));
        assertEquals(List.of("Trần Thị Bình"), f.heldIn(YearMonth.of(2026, 2)).get(0).unexcusedNames());
    }

    @Test
    void unexcused_quarters_countBinhThreeTimesInTheFirstAndOnceInDecember() {
        assertEquals(new UnexcusedTally(0, 0, 1), services.summary().figures(2026, 1).unexcused());
        assertEquals(new UnexcusedTally(1, 0, 0), services.summary().figures(2025, 4).unexcused());
    }

    @Test
    void figures_firstQuarter_countsStudyWithMakeUpsAndOwedReflections() {
        StudyTally s = services.summary().figures(2026, 1).study();
        assertEquals(new StudyTally(1, 5, 4, 1, 95, 0, 1, 4), s);
        assertEquals(0.8, s.rate(), 1e-9);
    }

    @Test
    void figures_thirdQuarter_countsOnlyTheJulySession() {
        StudyTally s = services.summary().figures(2026, 3).study();
        assertEquals(1, s.sessions());
        assertEquals(1, s.sessionsOnTarget());
        assertNull(services.summary().figures(2026, 3).attendance().rate());
    }

    @Test
    void figures_quarterFive_isRefusedWithTheQuarterMessage() {
        AppException e = assertThrows(AppException.class, () -> services.summary().figures(2026, 5));
        assertEquals("summary.error.quarter", e.key());
    }
}
