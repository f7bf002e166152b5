package vn.sochibo.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

/** The summary workbook written to disk and read back with POI, as the ward clerk's spreadsheet would see it. */
class SummaryWorkbookTest {
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

    private XSSFWorkbook written(Integer quarter, String name) throws Exception {
        Path file = dir.resolve(name);
        services.summary().write(2026, quarter, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The value cells of the totals sheet by code (column A), numbers as doubles. */
    private static Map<String, Cell> byCode(Sheet sheet) {
        Map<String, Cell> out = new HashMap<>();
        for (Row row : sheet) {
            Cell code = row.getCell(0);
            if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().matches("\\d.*")) {
                out.put(code.getStringCellValue(), row.getCell(3));
            }
        }
        return out;
    }

    private static List<String> codes(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            Cell code = row.getCell(0);
            if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().matches("\\d.*")) {
                out.add(code.getStringCellValue() + " " + row.getCell(1).getStringCellValue() + " "
                        + row.getCell(2).getStringCellValue());
            }
        }
        return out;
    }

    private static String text(Sheet sheet) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                sb.append(format.formatCellValue(cell)).append('|');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void write_quarter_hasTotalsThreeMonthsAndMovementsSheets() throws Exception {
        try (XSSFWorkbook wb = written(1, "q1.xlsx")) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Tổng hợp", "Tháng 1", "Tháng 2", "Tháng 3", "Biến động"), names);
        }
    }

    @Test
    void write_quarter_titlesNameTheSuperiorTheBranchAndQuarterOne() throws Exception {
        try (XSSFWorkbook wb = written(1, "q1.xlsx")) {
            String text = text(wb.getSheet("Tổng hợp"));
            assertTrue(text.startsWith("ĐẢNG BỘ PHƯỜNG HÒA BÌNH|\nCHI BỘ KHU PHỐ 3|"), text);
            assertTrue(text.contains("BẢNG TỔNG HỢP SỐ LIỆU CHI BỘ QUÝ I NĂM 2026"), text);
            assertTrue(text.contains("đầu kỳ tính đến hết ngày 31/12/2025"), text);
        }
    }

    @Test
    void write_quarter_valuesAreNumbersAndRatesArePercentages() throws Exception {
        try (XSSFWorkbook wb = written(1, "q1.xlsx")) {
            Map<String, Cell> v = byCode(wb.getSheet("Tổng hợp"));
            assertEquals(5.0, v.get("1.1").getNumericCellValue());
            assertEquals(7.0, v.get("3.1").getNumericCellValue());
            assertEquals(18.0, v.get("5.1").getNumericCellValue());
            assertEquals(1.0, v.get("6.3").getNumericCellValue());
            Cell rate = v.get("5.6");
            assertEquals(CellType.NUMERIC, rate.getCellType());
            assertEquals(0.7778, rate.getNumericCellValue(), 1e-9);
            assertEquals("77.8%", new DataFormatter(Locale.ROOT).formatCellValue(rate));
            assertEquals("80.0%", new DataFormatter(Locale.ROOT).formatCellValue(v.get("7.5")));
            assertEquals("95.0%", new DataFormatter(Locale.ROOT).formatCellValue(v.get("7.6")));
            assertTrue(wb.getFontAt(v.get("5").getCellStyle().getFontIndex()).getBold());
            assertFalse(wb.getFontAt(v.get("5.1").getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void write_quarterAndYear_haveTheSameRowsInTheSameOrder() throws Exception {
        try (XSSFWorkbook q = written(1, "q1.xlsx"); XSSFWorkbook y = written(null, "y.xlsx")) {
            List<String> quarter = codes(q.getSheet("Tổng hợp"));
            assertEquals(quarter, codes(y.getSheet("Tổng hợp")));
            assertEquals(63, quarter.size());
            assertEquals(14, y.getNumberOfSheets());
            assertTrue(text(y.getSheet("Tổng hợp")).contains("SỐ LIỆU CHI BỘ NĂM 2026"));
        }
    }

    @Test
    void write_quarter_monthSheetListsEachMeetingAndTheMonthTotal() throws Exception {
        try (XSSFWorkbook wb = written(1, "q1.xlsx")) {
            String march = text(wb.getSheet("Tháng 3"));
            assertTrue(march.contains("1|05/03/2026|Sinh hoạt định kỳ|5|3|1|1|0|60.0%|Trần Thị Bình|"), march);
            assertTrue(march.contains("2|20/03/2026|Sinh hoạt chuyên đề|5|5|0|0|0|100.0%|"), march);
            assertTrue(march.contains("Cộng tháng 3|10|8|1|1|0|80.0%|"), march);
        }
    }

    @Test
    void write_quarter_movementSheetNamesWhoMovedAndWhen() throws Exception {
        try (XSSFWorkbook wb = written(1, "q1.xlsx")) {
            String moves = text(wb.getSheet("Biến động"));
            assertTrue(moves.contains("1|10/02/2026|Vũ Thị Em|Kết nạp đảng viên mới|"), moves);
            assertTrue(moves.contains("2|31/03/2026|Bùi Văn Khánh|Chuyển sinh hoạt chính thức đến|Chi bộ Khu dân cư số 2|"),
                    moves);
        }
    }

    @Test
    void write_quarterWithoutMeetingsOrMovements_saysSoOnEachSheet() throws Exception {
        try (XSSFWorkbook wb = written(3, "q3.xlsx")) {
            assertTrue(text(wb.getSheet("Tháng 9")).contains("Không có buổi họp|"));
            assertTrue(text(wb.getSheet("Tháng 9")).contains("Cộng tháng 9|0|0|0|0|0||"));
            assertTrue(text(wb.getSheet("Biến động")).contains("Không có biến động trong kỳ"));
        }
    }
}
