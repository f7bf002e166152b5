package vn.sochibo.service.member.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.sochibo.export.TableRow;
import vn.sochibo.export.TableSheet;
import vn.sochibo.model.text.Texts;

/**
 * Finds the header of a roster: the sheet and row (within the first rows) whose cells name the most known fields,
 * a full-name column required. A header may take two rows when a merged heading sits over sub-headings ("Giới
 * tính" over "Nam" and "Nữ"); a row of column numbers (1, 2, … as in Mẫu 7-HSĐV) under it is skipped.
 */
final class RosterHeaders {
    static final String DATA_SHEET = "Dữ liệu";
    static final String EVENTS_SHEET = "Quá trình sinh hoạt";
    private static final int SCAN_ROWS = 20;
    private static final int MIN_FIELDS = 2;
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

    private RosterHeaders() {
    }

    /** Our own "Dữ liệu" sheet when present, otherwise the best header of any sheet; null when none is found. */
    static RosterLayout find(List<TableSheet> sheets) {
        for (TableSheet sheet : sheets) {
            if (sameName(sheet, DATA_SHEET)) {
                RosterLayout own = find(sheet);
                if (own != null) {
                    return own;
                }
            }
        }
        RosterLayout best = null;
        for (TableSheet sheet : sheets) {
            RosterLayout found = sameName(sheet, EVENTS_SHEET) ? null : find(sheet);
            if (found != null && (best == null || found.score() > best.score())) {
                best = found;
            }
        }
        return best;
    }

    /** The best header in one sheet, or null. */
    static RosterLayout find(TableSheet sheet) {
        List<TableRow> rows = sheet.rows();
        RosterLayout best = null;
        for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()); i++) {
            RosterLayout single = layout(sheet, List.of(rows.get(i)), i + 1);
            RosterLayout candidate = single;
            if (i + 1 < rows.size() && rows.get(i + 1).number() == rows.get(i).number() + 1) {
                RosterLayout pair = layout(sheet, List.of(rows.get(i), rows.get(i + 1)), i + 2);
                if (pair != null && (single == null || pair.score() > single.score()) && isSubHeader(single, rows, i)) {
                    candidate = pair;
                }
            }
            if (candidate != null && (best == null || candidate.score() > best.score())) {
                best = candidate;
            }
        }
        return best == null ? null : skipNumbering(best);
    }

    /** True when the sheet's name is the given one, ignoring case, marks and spaces at the ends. */
    static boolean sameName(TableSheet sheet, String name) {
        return Texts.fold(sheet.name()).equals(Texts.fold(name));
    }

    /** A header cell reduced for matching: no parenthesised hints, no marks, no punctuation, lower case. */
    static String normalise(String header) {
        String bare = PARENTHESES.matcher(header).replaceAll(" ");
        String folded = NOT_WORD.matcher(Texts.fold(bare.isBlank() ? header : bare)).replaceAll(" ").strip();
        return folded;
    }

    /** The field a header names, or null. */
    static RosterField field(String header) {
        String folded = normalise(header);
        RosterField best = null;
        int bestScore = 0;
        for (RosterField f : RosterField.values()) {
            int score = f.score(folded);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    private static RosterLayout layout(TableSheet sheet, List<TableRow> headerRows, int firstData) {
        Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
        Map<RosterField, String> headers = new EnumMap<>(RosterField.class);
        int width = headerRows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int c = 0; c < width; c++) {
            String text = headerText(headerRows, c);
            RosterField f = text.isEmpty() ? null : field(text);
            if (f != null && !columns.containsKey(f)) {
                columns.put(f, c);
                headers.put(f, text);
            }
        }
        boolean enough = columns.containsKey(RosterField.FULL_NAME) && columns.size() >= MIN_FIELDS;
        return enough ? new RosterLayout(sheet, columns, headers, firstData) : null;
    }

    /** The header of a column over one or two rows; a vertically merged cell counts once. */
    private static String headerText(List<TableRow> rows, int column) {
        List<String> parts = new ArrayList<>();
        for (TableRow row : rows) {
            Object cell = row.cell(column);
            String text = cell instanceof String s ? Texts.clean(s) : "";
            if (!text.isEmpty() && !parts.contains(text)) {
                parts.add(text);
            }
        }
        return String.join(" ", parts);
    }

    /** A second header row never holds a name under the full-name heading; a data row always does. */
    private static boolean isSubHeader(RosterLayout single, List<TableRow> rows, int i) {
        if (single == null) {
            return true;
        }
        int nameColumn = single.columns().get(RosterField.FULL_NAME);
        Object top = rows.get(i).cell(nameColumn);
        Object below = rows.get(i + 1).cell(nameColumn);
        return below == null || below.equals(top);
    }

    private static RosterLayout skipNumbering(RosterLayout layout) {
        int first = layout.firstData();
        List<TableRow> rows = layout.sheet().rows();
        while (first < rows.size() && isNumbering(rows.get(first))) {
            first++;
        }
        return new RosterLayout(layout.sheet(), layout.columns(), layout.headers(), first);
    }

    /** A row of column numbers: every filled cell is a small whole number, as under the Mẫu 7-HSĐV headings. */
    static boolean isNumbering(TableRow row) {
        int count = 0;
        for (Object cell : row.cells()) {
            if (cell == null) {
                continue;
            }
            String text = RosterCells.text(cell).strip();
            if (!COLUMN_NUMBER.matcher(text).matches()) {
                return false;
            }
            count++;
        }
        return count >= MIN_FIELDS;
    }
}
