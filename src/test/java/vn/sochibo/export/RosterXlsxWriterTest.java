package vn.sochibo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;

/** The writer keeps text as text, writes real dates, and replaces the target only once the file is complete. */
class RosterXlsxWriterTest {
    @TempDir
    Path dir;

    private static SheetModel sheet(List<Object> row) {
        return new SheetModel("Trang", List.of(TitleLine.centred(TitleCell.bold("TIÊU ĐỀ", 14))),
                List.of(SheetColumn.left(20), SheetColumn.left(20), SheetColumn.left(20), SheetColumn.left(20),
                        SheetColumn.centre(12)), List.of(List.of("A", "B", "C", "D", "E")), List.of(row), 11, true);
    }

    @Test
    void write_textBeginningWithFormulaSigns_staysText() throws Exception {
        Path file = dir.resolve("a.xlsx");
        new XlsxWriter().write(List.of(sheet(List.of("=1+1", "+84 912", "-Bé-", "@nhà", LocalDate.of(2026, 2, 5)))),
                file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var row = wb.getSheetAt(0).getRow(2);
            for (int c = 0; c < 4; c++) {
                assertEquals(CellType.STRING, row.getCell(c).getCellType());
            }
            assertEquals("=1+1", row.getCell(0).getStringCellValue());
            assertEquals(LocalDate.of(2026, 2, 5), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", row.getCell(4).getCellStyle().getDataFormatString());
        }
        List<TableRow> back = new XlsxTableReader().read(file).get(0).rows();
        assertEquals(List.of("=1+1", "+84 912", "-Bé-", "@nhà", LocalDate.of(2026, 2, 5)), back.get(2).cells());
    }

    @Test
    void write_page_isA4FittedToWidthWithHeaderRepeated() throws Exception {
        Path file = dir.resolve("p.xlsx");
        new XlsxWriter().write(List.of(sheet(List.of("x"))), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(true, s.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals("2:2", s.getRepeatingRows().formatAsString());
            assertEquals("Times New Roman", wb.getFontAt(s.getRow(2).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, s.getRow(2).getCell(0).getCellStyle().getBorderTop());
        }
    }

    @Test
    void write_intoMissingFolder_saysItCannotWriteAndLeavesNothing() {
        Path file = dir.resolve("khong-co").resolve("a.xlsx");
        AppException e = assertThrows(AppException.class,
                () -> new XlsxWriter().write(List.of(sheet(List.of("x"))), file));
        assertEquals("roster.error.cannotWrite", e.key());
    }

    @Test
    void write_overExistingFile_replacesItWithoutLeavingTemporaryFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("a.xlsx"), "old");
        new XlsxWriter().write(List.of(sheet(List.of("mới"))), file);
        assertEquals("mới", new XlsxTableReader().read(file).get(0).rows().get(2).cell(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
