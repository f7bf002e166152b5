package vn.sochibo.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.TableRow;
import vn.sochibo.export.TableSheet;
import vn.sochibo.export.XlsxTableReader;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.service.Services;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalLine;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.service.member.roster.RosterFixtures;
import vn.sochibo.testutil.TestUi;

/** The journal screen without a toolkit: lines of a period, and the Excel file of exactly the lines shown. */
class JournalViewModelTest {
    @TempDir
    Path dir;
    private TestUi t;
    private Services services;
    private JournalViewModel vm;

    @BeforeEach
    void open() {
        t = new TestUi();
        services = Services.open(dir.resolve("j.db"), TestUi.fixedClock());
        services.branch().save(RosterFixtures.branch());
        line("2026-09-30T17:00", JournalAction.ROSTER_IMPORTED, "ds.xlsx", JournalDetails.of("journal.details.imported", 12));
        line("2026-10-02T08:15", JournalAction.EVENT_ADDED, "Nguyễn Văn An", "member.event.DECEASED|2026-10-01");
        line("2026-11-20T21:05", JournalAction.BACKUP_RESTORED, "sao-luu.sochibo", "Bản sao lưu ngày 19/11/2026");
        vm = new JournalViewModel(services.journal(), t.ui);
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    private void line(String at, JournalAction action, String subject, String details) {
        Clock clock = Clock.fixed(LocalDateTime.parse(at).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new JournalService(services.database(), clock, "bithu").record(action, subject, details);
    }

    @Test
    void load_noPeriod_showsEveryLineOldestFirst() {
        vm.load();
        assertEquals(List.of("ds.xlsx", "Nguyễn Văn An", "sao-luu.sochibo"),
                vm.rows().stream().map(JournalLine::subject).toList());
        assertEquals("Từ trần, 01/10/2026", vm.rows().get(1).details());
        assertTrue(vm.statusTextProperty().get().startsWith("Đang hiện 3 dòng"), vm.statusTextProperty().get());
    }

    @Test
    void period_chosen_showsOnlyItsLines() {
        vm.fromProperty().set(LocalDate.of(2026, 10, 1));
        vm.toProperty().set(LocalDate.of(2026, 10, 31));
        assertEquals(List.of("Nguyễn Văn An"), vm.rows().stream().map(JournalLine::subject).toList());
        vm.toProperty().set(null);
        assertEquals(2, vm.rows().size());
    }

    @Test
    void period_startAfterEnd_showsNothingAndSaysWhy() {
        vm.toProperty().set(LocalDate.of(2026, 10, 1));
        vm.fromProperty().set(LocalDate.of(2026, 11, 1));
        assertEquals(0, vm.rows().size());
        assertTrue(vm.statusTextProperty().get().contains("sau ngày kết thúc"), vm.statusTextProperty().get());
        assertEquals(List.of(), t.dialogs.errors);
    }

    @Test
    void exportExcel_writesTheShownRowsUnderTheTitleAndBranch() {
        vm.fromProperty().set(LocalDate.of(2026, 10, 1));
        t.dialogs.answering(dir.resolve("nhat-ky"));
        vm.exportExcel();
        Path written = dir.resolve("nhat-ky.xlsx");
        assertTrue(Files.isRegularFile(written));
        assertEquals(List.of("nhat-ky-thay-doi-2026-11-21.xlsx"), t.dialogs.suggestedNames);
        assertEquals(List.of("Đã xuất 2 dòng nhật ký ra tệp " + written.toAbsolutePath()), t.dialogs.infos);
        TableSheet sheet = new XlsxTableReader().read(written).get(0);
        List<List<Object>> cells = sheet.rows().stream().map(TableRow::cells).toList();
        // title lines are merged across the table, and the reader repeats a merged value in every cell
        assertEquals("CHI BỘ KHU PHỐ 3", cells.get(0).get(0));
        assertEquals("NHẬT KÝ THAY ĐỔI DỮ LIỆU", cells.get(1).get(0));
        assertEquals("Từ ngày 01/10/2026", cells.get(2).get(0));
        assertEquals(List.of("Thời gian", "Tài khoản máy", "Việc đã làm", "Về ai, việc gì", "Chi tiết"), cells.get(3));
        List<List<Object>> shown = new ArrayList<>();
        for (JournalLine l : vm.rows()) {
            shown.add(List.of(l.time(), l.actor(), l.action(), l.subject(), l.details()));
        }
        assertEquals(shown, cells.subList(4, cells.size()));
    }

    @Test
    void exportExcel_nothingShown_saysSoAndAsksNothing() {
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));
        vm.exportExcel();
        assertEquals(List.of(), t.dialogs.suggestedNames);
        assertEquals(1, t.dialogs.infos.size());
    }

    @Test
    void exportExcel_folderGone_showsTheError() {
        vm.load();
        t.dialogs.answering(dir.resolve("mất/nk.xlsx"));
        vm.exportExcel();
        assertEquals(1, t.dialogs.errors.size());
        assertTrue(t.dialogs.errors.get(0).startsWith("Không ghi được tệp "), t.dialogs.errors.get(0));
    }
}
