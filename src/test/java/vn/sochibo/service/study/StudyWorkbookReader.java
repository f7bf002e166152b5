package vn.sochibo.service.study;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back with POI: per sheet its name and rows of texts (numbers as 1.0, dates ISO). */
public final class StudyWorkbookReader {
    /** One sheet read back. */
    public record ReadSheet(String name, boolean landscape, List<List<String>> rows) {
        /** The first row whose column {@code column} holds exactly {@code text}. */
        public List<String> row(int column, String text) {
            return rows.stream().filter(r -> r.size() > column && r.get(column).equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row with " + text + " in " + name));
        }
    }

    private StudyWorkbookReader() {
    }

    /** Every sheet of the file in order. */
    public static List<ReadSheet> read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter format = new DataFormatter();
            List<ReadSheet> out = new ArrayList<>();
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    List<String> cells = new ArrayList<>();
                    Row row = sheet.getRow(r);
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), format));
                    }
                    rows.add(cells);
                }
                out.add(new ReadSheet(sheet.getSheetName(), sheet.getPrintSetup().getLandscape(), rows));
            }
            return out;
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : String.valueOf(cell.getNumericCellValue());
        }
        return format.formatCellValue(cell);
    }
}
