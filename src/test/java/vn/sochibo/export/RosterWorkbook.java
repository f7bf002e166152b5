package vn.sochibo.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small .xlsx files for tests the way other programs write them: any sheet name, header on any row, real
 * date cells or text, numbers, formulas and merged cells. Row numbers are as in Excel (1-based).
 */
public final class RosterWorkbook {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle dateStyle;
    private Sheet sheet;

    public RosterWorkbook() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** Starts a new sheet; following rows go into it. */
    public RosterWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** Writes a row: strings as text, LocalDate as a real date, numbers as numbers, "=…" prefixed by {@link #formula}. */
    public RosterWorkbook row(int excelRow, Object... values) {
        Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1) : sheet.createRow(excelRow - 1);
        for (int c = 0; c < values.length; c++) {
            set(row.createCell(c), values[c]);
        }
        return this;
    }

    /** Merges cells, e.g. "C4:D4". */
    public RosterWorkbook merge(String area) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(area));
        return this;
    }

    /** A formula cell value for {@link #row}. */
    public static Formula formula(String expression) {
        return new Formula(expression);
    }

    /** A formula given to {@link #row}. */
    public record Formula(String expression) {
    }

    /** Writes the workbook (formulas get their cached values computed) and returns the path. */
    public Path write(Path file) {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void set(Cell cell, Object value) {
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** Reads a whole sheet back as text per cell (for asserting on written files). */
    public static List<List<String>> texts(Path file, String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet s = wb.getSheet(sheetName);
            List<List<String>> rows = new ArrayList<>();
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
