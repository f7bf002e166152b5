package vn.sochibo.service.member.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.TableRow;
import vn.sochibo.export.TableSheet;
import vn.sochibo.model.Issue;
import vn.sochibo.model.member.EventType;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.text.Texts;
import vn.sochibo.service.Messages;

/**
 * Reads our "Quá trình sinh hoạt" sheet: one row per event, linked to its member by the STT of the "Dữ liệu"
 * sheet (the name written beside it must match), the event named as in the register's Vietnamese labels.
 */
final class RosterEventsSheet {
    static final List<String> HEADERS = List.of("STT", "Họ và tên", "Ngày sinh", "Sự kiện", "Ngày", "Đến ngày",
            "Nơi đi / nơi đến", "Lý do", "Ghi chú");
    private static final int KEY = 0;
    private static final int NAME = 1;
    private static final int TYPE = 3;
    private static final int DATE = 4;
    private static final int END = 5;
    private static final int PLACE = 6;
    private static final int REASON = 7;
    private static final int NOTE = 8;
    private static final int SCAN_ROWS = 10;
    private final String sheetName;
    private final Map<String, List<SourcedEvent>> byKey = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Integer> firstRows = new HashMap<>();
    private final List<RosterProblem> problems = new ArrayList<>();
    private final Map<String, EventType> types = new HashMap<>();

    private RosterEventsSheet(String sheetName) {
        this.sheetName = sheetName;
        Messages vi = Messages.forLanguage("vi");
        Messages en = Messages.forLanguage("en");
        for (EventType t : EventType.values()) {
            types.put(Texts.fold(vi.tr("member.event." + t.name())), t);
            types.putIfAbsent(Texts.fold(en.tr("member.event." + t.name())), t);
            types.putIfAbsent(Texts.fold(t.name().replace('_', ' ')), t);
        }
    }

    /** The events sheet of the workbook, or an empty one when the workbook has none. */
    static RosterEventsSheet read(List<TableSheet> sheets) {
        for (TableSheet sheet : sheets) {
            if (RosterHeaders.sameName(sheet, RosterHeaders.EVENTS_SHEET)) {
                RosterEventsSheet events = new RosterEventsSheet(sheet.name());
                events.readRows(sheet);
                return events;
            }
        }
        return new RosterEventsSheet(null);
    }

    /** The label of an event type on the sheet (Vietnamese, whatever the language of the program). */
    static String label(EventType type) {
        return Messages.forLanguage("vi").tr("member.event." + type.name());
    }

    /**
     * Takes the events of the member with this STT and name; null when the sheet has none for the STT. A name that
     * does not match is reported on the events sheet.
     */
    List<SourcedEvent> take(String key, String fullName) {
        List<SourcedEvent> events = byKey.remove(key);
        if (events != null && !Texts.fold(names.get(key)).equals(Texts.fold(fullName))) {
            problem(firstRows.get(key), NAME, "roster.events.nameMismatch", key, fullName);
        }
        return events;
    }

    /** Problems of the sheet, including events left over for an STT that no member row has. */
    List<RosterProblem> problems() {
        for (Map.Entry<String, List<SourcedEvent>> e : byKey.entrySet()) {
            problem(e.getValue().get(0).row(), KEY, "roster.events.noMember", e.getKey());
        }
        byKey.clear();
        return problems;
    }

    private void readRows(TableSheet sheet) {
        List<TableRow> rows = sheet.rows();
        int start = 0;
        for (int i = 0; i < Math.min(SCAN_ROWS, rows.size()); i++) {
            if (RosterHeaders.normalise(RosterCells.text(rows.get(i).cell(TYPE))).equals("su kien")) {
                start = i + 1;
                break;
            }
        }
        for (TableRow row : rows.subList(start, rows.size())) {
            if (!row.isBlank()) {
                readRow(row);
            }
        }
    }

    private void readRow(TableRow row) {
        String key = RosterCells.text(row.cell(KEY)).strip();
        EventType type = types.get(Texts.fold(RosterCells.text(row.cell(TYPE))));
        Parsed<LocalDate> date = RosterDates.parse(row.cell(DATE));
        Parsed<LocalDate> end = RosterDates.parse(row.cell(END));
        boolean ok = check(row, key.isEmpty(), KEY, "roster.events.keyMissing")
                & check(row, type == null, TYPE, "roster.events.unknownType", RosterCells.text(row.cell(TYPE)))
                & check(row, date.failed(), DATE, date.problem(), date.args().toArray())
                & check(row, !date.failed() && date.value() == null, DATE, "validation.dateRequired")
                & check(row, end.failed(), END, end.problem(), end.args().toArray());
        if (!ok) {
            return;
        }
        MemberEvent event = new MemberEvent(0, 0, type, date.value(), end.value(), RosterCells.text(row.cell(PLACE)),
                RosterCells.text(row.cell(REASON)), RosterCells.text(row.cell(NOTE)));
        if (type.takesPlace() && event.place().isEmpty()) {
            problem(row.number(), PLACE, "roster.event.placeMissing");
        }
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new SourcedEvent(event, sheetName, row.number(),
                HEADERS.get(TYPE)));
        names.putIfAbsent(key, RosterCells.text(row.cell(NAME)));
        firstRows.putIfAbsent(key, row.number());
    }

    private boolean check(TableRow row, boolean bad, int column, String key, Object... args) {
        if (bad) {
            problem(row.number(), column, key, args);
        }
        return !bad;
    }

    private void problem(int row, int column, String key, Object... args) {
        problems.add(new RosterProblem(sheetName, row, HEADERS.get(column), null, null, key, List.of(args),
                Issue.Severity.ERROR));
    }
}
