package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.meeting.MinutesFixtures;
import vn.sochibo.model.AppException;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.Services;
import vn.sochibo.store.MeetingRepository;

/** Finding a meeting by month and type, numbering its resolution once per term, writing its documents. */
class MeetingDocumentsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("a.db"), CLOCK);
        services.branch().save(MinutesFixtures.branch().withOfficers(List.of()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Meeting add(MeetingType type, LocalDate day) {
        return services.database().write(tx -> new MeetingRepository().insert(tx,
                Meeting.planned(type, day, LocalTime.of(19, 30), "Nhà văn hóa")));
    }

    private MeetingDocuments documents() {
        return services.meeting().documents();
    }

    @Test
    void meetingIn_monthAndType_findsThatMeeting() {
        add(MeetingType.THEMATIC, LocalDate.of(2026, 2, 5));
        Meeting regular = add(MeetingType.REGULAR, LocalDate.of(2026, 2, 8));
        assertEquals(regular.id(), documents().meetingIn(YearMonth.of(2026, 2), MeetingType.REGULAR).id());
    }

    @Test
    void meetingIn_noMeetingOfThatType_refusedNamingTypeAndMonth() {
        add(MeetingType.REGULAR, LocalDate.of(2026, 2, 8));
        AppException e = assertThrows(AppException.class,
                () -> documents().meetingIn(YearMonth.of(2026, 2), MeetingType.COMMITTEE));
        assertEquals("document.error.noMeeting", e.key());
        assertEquals(List.of("chi-uy", "02/2026"), List.of(e.args()));
    }

    @Test
    void numberResolution_firstTime_takesTheNextNumberOfTheTermAndKeepsIt() {
        Meeting jan = add(MeetingType.REGULAR, LocalDate.of(2026, 1, 4));
        Meeting feb = add(MeetingType.REGULAR, LocalDate.of(2026, 2, 8));
        assertEquals(1, documents().numberResolution(jan.id()).resolutionNumber());
        assertEquals(2, documents().numberResolution(feb.id()).resolutionNumber());
        assertEquals(1, documents().numberResolution(jan.id()).resolutionNumber(), "a second export keeps it");
        Meeting stored = services.database().read(tx -> new MeetingRepository().get(tx, jan.id())).orElseThrow();
        assertEquals(1, stored.resolutionNumber());
    }

    @Test
    void numberResolution_missingMeeting_refusedWithoutTakingANumber() {
        AppException e = assertThrows(AppException.class, () -> documents().numberResolution(99));
        assertEquals("meeting.error.notFound", e.key());
        Meeting m = add(MeetingType.REGULAR, LocalDate.of(2026, 2, 8));
        assertEquals(1, documents().numberResolution(m.id()).resolutionNumber());
    }

    @Test
    void writeMinutes_plannedMeeting_writesADraftWithTheBranchHeader() throws Exception {
        Meeting m = add(MeetingType.REGULAR, LocalDate.of(2026, 2, 8));
        Path out = documents().writeMinutes(m.id(), dir.resolve("bien-ban.docx"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("DỰ THẢO")));
            assertEquals("CHI BỘ KHU PHỐ 3", doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(1)
                    .getText());
        }
        assertTrue(documents().minutesText(m.id()).contains("sinh hoạt chi bộ định kỳ tháng 02 năm 2026"));
    }

    @Test
    void writeResolution_firstExport_numbersItAndPrintsTheNumber() throws Exception {
        Meeting m = add(MeetingType.REGULAR, LocalDate.of(2026, 2, 8));
        Path out = documents().writeResolution(m.id(), dir.resolve("nghi-quyet.docx"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            assertEquals("Số 01-NQ/CB", doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(3).getText());
        }
    }
}
