package vn.sochibo.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed file holds what the in-memory workbook holds: texts, numbers, dates, styles, merges and heights. */
class XlsxStreamingTest {
    private static final int ROWS = 450;

    @TempDir
    Path dir;

    private static SheetModel big() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(i, "Nguyễn Văn Thành " + i, i % 3 == 0 ? "x" : "K", LocalDate.of(2020, 1, 1).plusDays(i),
                    "một dòng dài để ô phải xuống dòng khi in ra giấy khổ A4 nằm ngang " + i));
        }
        return new SheetModel("Điểm danh", List.of(TitleLine.centred(TitleCell.bold("CHI BỘ KHU PHỐ 3", 13)),
                TitleLine.centred(TitleCell.italic("Ghi chú", 12))), List.of(SheetColumn.centre(5),
                SheetColumn.left(26), SheetColumn.centre(5), SheetColumn.centre(12), SheetColumn.left(20)),
                List.of(List.of("STT", "Họ và tên", "T1", "Ngày", "Ghi chú")), rows, 12, true);
    }

    @Test
    void write_sheetOfManyRows_fileHoldsTheSameCellsStylesAndHeightsAsTheWorkbookInMemory() throws Exception {
        Path file = dir.resolve("big.xlsx");
        SheetModel model = big();
        new XlsxWriter().write(List.of(model), file);
        try (XSSFWorkbook written = new XSSFWorkbook(file.toFile());
             XSSFWorkbook expected = new XlsxWriter().render(List.of(model))) {
            Sheet a = expected.getSheetAt(0);
            Sheet b = written.getSheetAt(0);
            assertEquals(a.getSheetName(), b.getSheetName());
            assertEquals(a.getLastRowNum(), b.getLastRowNum());
            assertEquals(ROWS + 2, b.getLastRowNum());
            assertEquals(a.getMergedRegions(), b.getMergedRegions());
            assertEquals(a.getRepeatingRows().formatAsString(), b.getRepeatingRows().formatAsString());
            assertEquals(a.getPrintSetup().getLandscape(), b.getPrintSetup().getLandscape());
            for (int r = 0; r <= a.getLastRowNum(); r++) {
                assertEquals(describe(expected, a.getRow(r)), describe(written, b.getRow(r)), "row " + r);
            }
        }
    }

    /** Every cell of the row as shown, with its font, alignment, border and wrapping, and the row's height. */
    private static List<String> describe(Workbook wb, Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> out = new ArrayList<>(List.of("height " + row.getHeightInPoints()));
        for (Cell c : row) {
            var style = c.getCellStyle();
            var font = wb.getFontAt(style.getFontIndex());
            out.add(c.getColumnIndex() + " " + c.getCellType() + " " + shown.formatCellValue(c) + " " + font.getFontName()
                    + " " + font.getFontHeightInPoints() + " " + font.getBold() + " " + font.getItalic() + " "
                    + style.getAlignment() + " " + style.getBorderTop() + " " + style.getWrapText() + " "
                    + style.getDataFormatString());
        }
        return out;
    }
}
