package vn.sochibo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;

/** Workbooks become plain values: text, dates, numbers; merged cells spread; formulas give their results. */
class RosterXlsxReaderTest {
    @TempDir
    Path dir;

    @Test
    void read_cellsOfEveryKind_becomePlainValues() {
        Path file = new RosterWorkbook().sheet("A")
                .row(2, "chữ", LocalDate.of(1950, 3, 12), 42, RosterWorkbook.formula("DATE(1975,5,19)"),
                        RosterWorkbook.formula("\"Văn \"&\"An\""))
                .write(dir.resolve("k.xlsx"));
        TableSheet sheet = new XlsxTableReader().read(file).get(0);
        TableRow row = sheet.rows().get(0);
        assertEquals(2, row.number());
        assertEquals("chữ", row.cell(0));
        assertEquals(LocalDate.of(1950, 3, 12), row.cell(1));
        assertEquals(42.0, row.cell(2));
        assertEquals(27533.0, row.cell(3), "a formula without a date format gives its number");
        assertEquals("Văn An", row.cell(4));
        assertNull(row.cell(9));
    }

    @Test
    void read_mergedHeader_repeatsItsTextInEveryCoveredCell() {
        Path file = new RosterWorkbook().sheet("A").row(1, "Giới tính", null, "Họ và tên").row(2, "Nam", "Nữ", null)
                .merge("A1:B1").merge("C1:C2").write(dir.resolve("m.xlsx"));
        List<TableRow> rows = new XlsxTableReader().read(file).get(0).rows();
        assertEquals(List.of("Giới tính", "Giới tính", "Họ và tên"), rows.get(0).cells());
        assertEquals(List.of("Nam", "Nữ", "Họ và tên"), rows.get(1).cells());
    }

    @Test
    void read_numberFormattedWithLeadingZeros_keepsTheDigitsShown() throws Exception {
        Path file = dir.resolve("z.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle zeros = wb.createCellStyle();
            zeros.setDataFormat(wb.createDataFormat().getFormat("000000000000"));
            Cell cell = wb.createSheet("A").createRow(0).createCell(0);
            cell.setCellValue(1050012345);
            cell.setCellStyle(zeros);
            wb.write(out);
        }
        assertEquals("001050012345", new XlsxTableReader().read(file).get(0).rows().get(0).cell(0));
    }

    @Test
    void read_moreRowsThanTheLimit_isRefused() {
        RosterWorkbook book = new RosterWorkbook().sheet("A");
        for (int r = 1; r <= 11; r++) {
            book.row(r, "dòng " + r);
        }
        Path file = book.write(dir.resolve("n.xlsx"));
        AppException e = org.junit.jupiter.api.Assertions.assertThrows(AppException.class,
                () -> new XlsxTableReader(10).read(file));
        assertEquals("roster.error.tooManyRows", e.key());
        assertEquals(11, new XlsxTableReader(11).read(file).get(0).rows().size());
    }
}
