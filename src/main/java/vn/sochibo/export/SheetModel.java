package vn.sochibo.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one worksheet contains, built by pure code and rendered by {@link XlsxWriter}: a title block, header rows,
 * body rows and column layout. Body cells are {@code String} (always written as text, never as a formula),
 * {@link LocalDate} (a real date shown dd/mm/yyyy), {@link Number}, or null for an empty cell. The sheet prints on
 * A4 (landscape or portrait), fitted to the page width, with the header rows repeated on every page.
 */
public record SheetModel(String name, List<TitleLine> title, List<SheetColumn> columns, List<List<String>> header,
                         List<List<Object>> rows, int fontPoints, boolean landscape) {
    public SheetModel {
        title = List.copyOf(title);
        columns = List.copyOf(columns);
        header = header.stream().map(SheetModel::fixedRow).toList();
        rows = rows.stream().map(SheetModel::cellRow).toList();
        if (name == null || name.isBlank() || name.length() > 31) {
            throw new IllegalArgumentException("sheet name " + name);
        }
        for (List<?> row : concat(header, rows)) {
            if (row.size() > columns.size()) {
                throw new IllegalArgumentException("row wider than the columns in " + name);
            }
            row.forEach(SheetModel::checkCell);
        }
    }

    private static List<String> fixedRow(List<String> row) {
        return List.copyOf(row);
    }

    /** Body rows may hold nulls, which List.copyOf refuses. */
    private static List<Object> cellRow(List<Object> row) {
        return Collections.unmodifiableList(new ArrayList<>(row));
    }

    private static List<List<?>> concat(List<? extends List<?>> a, List<? extends List<?>> b) {
        List<List<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void checkCell(Object cell) {
        if (cell != null && !(cell instanceof String) && !(cell instanceof LocalDate) && !(cell instanceof Number)) {
            throw new IllegalArgumentException("unsupported cell " + cell.getClass());
        }
    }
}
