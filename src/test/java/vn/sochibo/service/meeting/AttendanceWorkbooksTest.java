package vn.sochibo.service.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.testutil.TestUi;

class AttendanceWorkbooksTest {
    @TempDir
    Path dir;
    private Services services;
    private RollFixtures f;
    private AttendanceWorkbooks workbooks;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("a.db"), TestUi.fixedClock());
        f = RollFixtures.write(services);
        workbooks = new AttendanceWorkbooks(services.database(), services.meeting().roll(), Messages.forLanguage("vi"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Every row of the first sheet as texts (numbers as Excel shows them), by row index. */
    private static List<List<String>> read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals("Times New Roman", wb.getFontAt(sheet.getRow(sheet.getLastRowNum()).getCell(1)
                    .getCellStyle().getFontIndex()).getFontName());
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                Row row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue()) : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static Map<String, String> counts(List<List<String>> rows) {
        Map<String, String> out = new HashMap<>();
        rows.stream().filter(r -> r.size() >= 3 && r.get(0).isEmpty() && !r.get(1).isEmpty())
                .forEach(r -> out.put(r.get(1), r.get(2)));
        return out;
    }

    @Test
    void writeMeeting_countsEqualTheRoll() throws Exception {
        Path file = dir.resolve("t2.xlsx");
        assertEquals(4, workbooks.writeMeeting(f.february, file));
        List<List<String>> rows = read(file);
        RollSummary s = services.meeting().roll().roll(f.february).summary();
        Map<String, String> counts = counts(rows);
        assertEquals(String.valueOf((double) s.present()), counts.get("Có mặt (đảng viên chi bộ)"));
        assertEquals("3.0", counts.get("Có mặt (đảng viên chi bộ)"));
        assertEquals("1.0", counts.get("Vắng không lý do"));
        assertEquals(String.valueOf((double) s.voteDenominator()), counts.get("Số đảng viên tính biểu quyết"));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Trần Thị Bình") && r.contains("Vắng không lý do")));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Võ Văn Hùng")));
        assertTrue(rows.get(1).get(0).startsWith("Sinh hoạt chi bộ định kỳ ngày 05/02/2026"), rows.get(1).toString());
    }

    @Test
    void writeYear_codesAndRatesFollowTheScoringRule() throws Exception {
        Path file = dir.resolve("nam.xlsx");
        assertEquals(2, workbooks.writeYear(2026, file));
        List<List<String>> rows = read(file);
        int header = 4;
        assertEquals("T1", rows.get(header).get(2));
        assertEquals(List.of("1.0", "Nguyễn Văn An", "x", "x"), rows.get(header + 1).subList(0, 4));
        assertEquals("100.0", rows.get(header + 1).get(14));
        assertEquals(List.of("Trần Thị Bình", "P", "K"), rows.get(header + 2).subList(1, 4));
        assertEquals("0.0", rows.get(header + 2).get(14));
        assertEquals(List.of("Lê Văn Cường", "-", "x", ""), rows.get(header + 3).subList(1, 5));
        assertEquals("", rows.get(header + 3).get(14));
        assertEquals(List.of("Phạm Văn Dũng", "x", "x"), rows.get(header + 4).subList(1, 4));
        List<String> months = rows.get(header + 5);
        assertEquals("100.0", months.get(2));
        assertEquals("66.7", months.get(3));
        assertEquals("", months.get(4));
        assertTrue(rows.get(1).get(0).startsWith("Ký hiệu: x = có mặt; P = vắng có lý do; K = vắng không lý do"));
    }
}
