package vn.sochibo.service.member.roster;

import java.util.EnumMap;
import java.util.Map;
import vn.sochibo.export.TableRow;
import vn.sochibo.export.TableSheet;

/**
 * Where a roster sits in a sheet: the fields found and the column of each, the header text as written in the file
 * (for messages), and the index of the first data row in the sheet's rows.
 */
record RosterLayout(TableSheet sheet, Map<RosterField, Integer> columns, Map<RosterField, String> headers,
                    int firstData) {
    RosterLayout {
        columns = new EnumMap<>(columns);
        headers = new EnumMap<>(headers);
    }

    boolean has(RosterField field) {
        return columns.containsKey(field);
    }

    /** The cell of the field in the row, or null when the file has no such column. */
    Object cell(TableRow row, RosterField field) {
        Integer c = columns.get(field);
        return c == null ? null : row.cell(c);
    }

    /** The header text of the field's column as found in the file, or null. */
    String header(RosterField field) {
        return headers.get(field);
    }

    /** How many fields were recognised: the better header has more. */
    int score() {
        return columns.size();
    }
}
