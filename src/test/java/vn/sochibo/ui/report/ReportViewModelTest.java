package vn.sochibo.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.service.Services;
import vn.sochibo.service.report.ReportFixtures;
import vn.sochibo.ui.common.ManualScheduler;
import vn.sochibo.testutil.TestUi;

/** The reports screen's model without the toolkit: figures, texts saved after a pause, Word, preview, summary. */
class ReportViewModelTest {
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    @TempDir
    Path dir;
    private Services services;
    private TestUi t;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<PartyDocument> previewed = new ArrayList<>();
    private ReportViewModel vm;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("r.db"), TestUi.fixedClock());
        ReportFixtures.write(services);
        t = new TestUi();
        vm = model();
    }

    private ReportViewModel model() {
        return new ReportViewModel(services, t.ui, scheduler, (doc, save) -> previewed.add(doc));
    }

    @AfterEach
    void close() {
        services.close();
        t.dispose();
    }

    @Test
    void chooseMonth_february_showsItsFiguresComputedFromTheData() {
        vm.monthProperty().set(FEBRUARY);

        assertEquals("Đến ngày 28/02/2026: 7 đảng viên (chính thức 4, dự bị 3); miễn công tác và sinh hoạt đảng 1; "
                + "sinh hoạt tạm thời nơi khác 0; nơi khác đến sinh hoạt tạm thời 0", vm.figures().get(0));
        assertTrue(vm.figures().contains("Kết nạp trong tháng: 1 (Hoàng Văn Em)"), vm.figures().toString());
        assertTrue(vm.figures().contains("Nhiệm vụ giao trong tháng: 2; đã hoàn thành 1; đang thực hiện 0; quá hạn 1"),
                vm.figures().toString());
        assertEquals("Thu đảng phí: … (chưa có số liệu)", vm.figures().get(vm.figures().size() - 1));
    }

    @Test
    void typeText_afterThePause_savedWithTheTimeAndThereWhenTheScreenOpensAgain() {
        vm.monthProperty().set(FEBRUARY);
        vm.text(ReportSection.IDEOLOGY).set("Đảng viên phấn khởi, tin tưởng.");
        assertEquals("", vm.savedTextProperty().get());

        scheduler.advance(ReportViewModel.QUIET.toMillis());

        assertEquals("Đã lưu lúc 00:00", vm.savedTextProperty().get());
        ReportViewModel again = model();
        again.monthProperty().set(FEBRUARY);
        assertEquals("Đảng viên phấn khởi, tin tưởng.", again.text(ReportSection.IDEOLOGY).get());
    }

    @Test
    void changeMonth_beforeThePause_savesTheTextToTheMonthItWasTypedFor() {
        vm.monthProperty().set(FEBRUARY);
        vm.text(ReportSection.PROPOSALS).set("Đề nghị phường hỗ trợ kinh phí sửa nhà văn hóa.");

        vm.monthProperty().set(FEBRUARY.plusMonths(1));

        assertEquals("", vm.text(ReportSection.PROPOSALS).get());
        vm.monthProperty().set(FEBRUARY);
        assertEquals("Đề nghị phường hỗ trợ kinh phí sửa nhà văn hóa.", vm.text(ReportSection.PROPOSALS).get());
        assertEquals(0, scheduler.pending());
    }

    @Test
    void saveWord_chosenFile_writesTheNumberedReportAndSaysWhere() throws Exception {
        vm.monthProperty().set(FEBRUARY);
        Path out = dir.resolve("bao-cao");
        t.dialogs.answering(out);

        vm.saveWord();

        assertEquals(List.of("bao-cao-thang-2026-02.docx"), t.dialogs.suggestedNames);
        Path written = dir.resolve("bao-cao.docx");
        assertTrue(Files.size(written) > 0);
        assertEquals(List.of("Đã lưu báo cáo số 01 tháng 02/2026 vào tệp " + written.toAbsolutePath()),
                t.dialogs.infos);
    }

    @Test
    void preview_february_showsTheReportOfThatMonth() {
        vm.monthProperty().set(FEBRUARY);

        vm.previewReport();

        assertEquals(1, previewed.size());
        Title title = (Title) previewed.get(0).blocks().get(0);
        assertEquals(List.of("Tình hình hoạt động tháng 02 năm 2026"), title.subjectLines());
    }

    @Test
    void summary_impossibleYear_namesTheFieldWithoutAskingForAFile() {
        vm.summary().yearProperty().set(1800);

        vm.summary().save();

        assertEquals(List.of("Năm tổng hợp: hãy nhập một năm từ 1930 đến 2100."), t.dialogs.errors);
        assertTrue(t.dialogs.suggestedNames.isEmpty());
    }

    @Test
    void summary_quarterChosen_suggestsANameWithTheQuarterAndLabelsThePeriods() {
        vm.summary().periodProperty().set(2);

        vm.summary().save();

        assertEquals(List.of("tong-hop-2026-quy-2.xlsx"), t.dialogs.suggestedNames);
        assertEquals(List.of("Cả năm", "Quý I", "Quý II", "Quý III", "Quý IV"), SummaryChoice.PERIODS.stream()
                .map(vm.summary()::label).toList());
    }
}
