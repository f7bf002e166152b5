package vn.sochibo.export.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sochibo.export.AtomicFile;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.XlsxWriter;

/**
 * Writes the summary sheets with {@link XlsxWriter}, then gives the rate cells a percentage format (0.0%) and
 * prints group headings and totals bold.
 */
public final class SummaryWorkbook {
    static final String PERCENT_FORMAT = "0.0%";

    /** Writes the sheets to {@code target} (replacing an existing file) and returns its absolute path. */
    public Path write(List<SummarySheet> sheets, Path target) {
        return AtomicFile.write(target, "xlsx", "roster.error.cannotWrite", out -> {
            try (XSSFWorkbook workbook = render(sheets)) {
                workbook.write(out);
            }
        });
    }

    /** The workbook, not yet written anywhere (also used by tests). */
    public XSSFWorkbook render(List<SummarySheet> sheets) {
        XSSFWorkbook workbook = new XlsxWriter().render(sheets.stream().map(SummarySheet::model).toList());
        Styles styles = new Styles(workbook);
        for (int i = 0; i < sheets.size(); i++) {
            SummarySheet s = sheets.get(i);
            Sheet sheet = workbook.getSheetAt(i);
            int first = firstBodyRow(s.model());
            for (SummarySheet.Cell ref : s.percents()) {
                Row row = sheet.getRow(first + ref.row());
                Cell cell = row == null ? null : row.getCell(ref.column());
                if (cell != null) {
                    cell.setCellStyle(styles.percent(cell.getCellStyle()));
                }
            }
            for (int r : s.boldRows()) {
                Row row = sheet.getRow(first + r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        cell.setCellStyle(styles.bold(cell.getCellStyle()));
                    }
                }
            }
        }
        return workbook;
    }

    private static int firstBodyRow(SheetModel model) {
        return model.title().size() + model.header().size();
    }

    /** Derived styles, each created once per base style. */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final Map<Short, CellStyle> percent = new HashMap<>();
        private final Map<Short, CellStyle> bold = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        CellStyle percent(CellStyle base) {
            return percent.computeIfAbsent(base.getIndex(), k -> {
                CellStyle style = copy(base);
                style.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
                return style;
            });
        }

        CellStyle bold(CellStyle base) {
            return bold.computeIfAbsent(base.getIndex(), k -> {
                Font old = workbook.getFontAt(base.getFontIndex());
                Font font = workbook.createFont();
                font.setFontName(old.getFontName());
                font.setFontHeightInPoints(old.getFontHeightInPoints());
                font.setBold(true);
                CellStyle style = copy(base);
                style.setFont(font);
                return style;
            });
        }

        private CellStyle copy(CellStyle base) {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            return style;
        }
    }
}
