package vn.sochibo.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudySummary;
import vn.sochibo.service.Services;

/** The sample's study sessions: real documents each year, make-ups and reflections, some still owed this year. */
class SampleStudyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private List<StudySummary> sample(String file, SampleOptions options) {
        try (Services services = Services.open(dir.resolve(file), CLOCK)) {
            SampleBranch.create(services, options);
            List<StudySummary> all = new ArrayList<>();
            for (int y = options.windowStart().getYear(); y <= TODAY.getYear(); y++) {
                all.addAll(services.study().sessions(y));
            }
            return all;
        }
    }

    @Test
    void create_defaultSample_everyFullYearHasThreeToSixSessionsBeforeToday() {
        List<StudySummary> all = sample("a.db", new SampleOptions(20, 3, 7, TODAY));
        for (int y = 2024; y <= 2025; y++) {
            int year = y;
            long count = all.stream().filter(s -> s.session().date().getYear() == year).count();
            assertTrue(count >= 3 && count <= 6, year + ": " + count);
        }
        assertTrue(all.stream().allMatch(s -> s.session().date().isBefore(TODAY)));
        assertTrue(all.stream().anyMatch(s -> s.session().documentSymbol().equals("57-NQ/TW")));
        assertTrue(all.stream().allMatch(s -> s.entries().stream().filter(StudyEntry::expected)
                .allMatch(e -> e.mark() != null)), "every expected member is marked");
    }

    @Test
    void create_defaultSample_hasMakeUpsReflectionsAndDebtsThisYear() {
        List<StudySummary> all = sample("a.db", new SampleOptions(20, 3, 7, TODAY));
        List<StudyEntry> entries = all.stream().flatMap(s -> s.entries().stream()).toList();
        assertTrue(entries.stream().anyMatch(e -> e.mark() != null && e.mark().makeupDate() != null));
        assertTrue(entries.stream().anyMatch(e -> e.mark() != null
                && e.mark().status() == AttendanceStatus.ABSENT_EXCUSED && !e.mark().reason().isEmpty()));
        assertTrue(entries.stream().anyMatch(StudyEntry::reflected));
        assertTrue(all.stream().filter(s -> s.session().date().getYear() == TODAY.getYear())
                .anyMatch(s -> !s.debts().isEmpty()), "something still owed this year");
    }

    @Test
    void create_anyDayOfTheYear_aSessionOfTheLastFourMonthsStillHasDebtsForTheHomeScreen() {
        for (String day : List.of("2026-01-15", "2026-06-30", "2026-12-01")) {
            LocalDate today = LocalDate.parse(day);
            List<StudySummary> all = sample(day + ".db", new SampleOptions(35, 5, 1930, today));
            assertTrue(all.stream().anyMatch(s -> s.session().date().isAfter(today.minusDays(120))
                    && !s.debts().isEmpty()), day);
        }
    }

    @Test
    void create_sameSeed_sameSessionsAndMarks() {
        SampleOptions options = new SampleOptions(12, 2, 42, TODAY);
        assertEquals(sample("a.db", options).stream().map(SampleStudyTest::line).toList(),
                sample("b.db", options).stream().map(SampleStudyTest::line).toList());
    }

    private static String line(StudySummary s) {
        return s.session().date() + " " + s.session().documentSymbol() + " " + s.participation() + " "
                + s.entries().stream().map(e -> e.fullName() + "=" + (e.mark() == null ? "" : e.mark().status()
                + "/" + e.mark().makeupDate() + "/" + e.mark().reflectionOn())).toList();
    }
}
