package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.export.XlsxTableReader;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;

/** Files from other programs, damaged or hostile: each ends with one clear message, never a crash or a write. */
class RosterHostileFilesTest extends RosterDatabaseTest {
    @AfterEach
    void nothingWritten() {
        assertEquals(0, services.members().count(), "nothing may be written");
    }

    @Test
    void preview_textFileNamedXlsx_saysItIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("danh-sach.xlsx");
        Files.writeString(file, "STT;Họ và tên;Ngày sinh\n1;Nguyễn Văn An;12/03/1950\n", StandardCharsets.UTF_8);
        assertRefused("roster.error.notXlsx", file,
                "Tệp danh-sach.xlsx không phải bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel hoặc LibreOffice "
                        + "rồi lưu lại dạng .xlsx.");
    }

    @Test
    void preview_shippedTextFile_saysItIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("text.xlsx");
        try (var in = getClass().getResourceAsStream("/vn/sochibo/roster/text-renamed.xlsx")) {
            Files.copy(in, file);
        }
        assertRefused("roster.error.notXlsx", file, null);
    }

    @Test
    void preview_emptyFile_saysItIsNotAWorkbook() throws IOException {
        assertRefused("roster.error.notXlsx", Files.createFile(dir.resolve("empty.xlsx")), null);
    }

    @Test
    void preview_truncatedArchive_saysTheFileIsDamaged() throws IOException {
        Path whole = RosterImportTest.mau7().write(dir.resolve("whole.xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        AppException e = assertThrows(AppException.class, () -> roster.preview(cut));
        assertEquals("roster.error.damaged", e.key());
    }

    @Test
    void preview_oldXlsWorkbook_asksToSaveAsXlsx() throws IOException {
        Path file = dir.resolve("cu.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(out);
        }
        assertRefused("roster.error.oldXls", file, null);
    }

    @Test
    void preview_workbookWithOnlyEmptySheets_saysThereIsNoData() {
        Path file = new RosterWorkbook().sheet("Sheet1").sheet("Sheet2").write(dir.resolve("empty-book.xlsx"));
        assertRefused("roster.error.empty", file, "Tệp empty-book.xlsx không có dữ liệu nào.");
    }

    @Test
    void preview_noRecognisableHeader_saysWhatHeaderIsNeeded() {
        Path file = new RosterWorkbook().sheet("Sheet1").row(1, "Tên", "Tuổi").row(2, "An", 70)
                .write(dir.resolve("other.xlsx"));
        assertRefused("roster.error.noHeader", file, null);
    }

    @Test
    void preview_headerWithoutRows_saysThereAreNoMembers() {
        Path file = new RosterWorkbook().sheet("DS").row(3, "Họ và tên", "Ngày sinh").write(dir.resolve("h.xlsx"));
        assertRefused("roster.error.noRows", file, "Trang «DS» có dòng tiêu đề nhưng không có đảng viên nào bên dưới.");
    }

    @Test
    void preview_moreThanFiftyThousandRows_isRefusedQuickly() throws IOException {
        Path file = dir.resolve("huge.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
            for (int r = 1; r <= XlsxTableReader.MAX_ROWS + 1; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Người " + r);
                row.createCell(1).setCellValue(r);
            }
            wb.write(out);
        }
        long start = System.nanoTime();
        assertRefused("roster.error.tooManyRows", file, "Trang tính có hơn 50.000 dòng dữ liệu, không phải một sổ "
                + "danh sách chi bộ. Hãy chép riêng danh sách đảng viên sang một tệp mới.");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "must not hang");
    }

    @Test
    void preview_missingFile_saysItIsNotFound() {
        assertRefused("roster.error.notFound", dir.resolve("khong-co.xlsx"), null);
    }

    private void assertRefused(String key, Path file, String vietnamese) {
        AppException e = assertThrows(AppException.class, () -> roster.preview(file));
        assertEquals(key, e.key());
        if (vietnamese != null) {
            assertEquals(vietnamese, Messages.forLanguage("vi").error(e));
        }
    }
}
