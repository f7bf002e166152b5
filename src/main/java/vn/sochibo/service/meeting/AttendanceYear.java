package vn.sochibo.service.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.text.VietnameseNames;

/**
 * A year's attendance matrix over its regular meetings (rules.md §6): per member and month the code "x" (present),
 * "P" (absent with reason), "K" (absent without reason), "-" (not expected: not on the list, exempted and absent,
 * away, suspended) or empty (not yet marked, or no meeting that month). Rates are the meeting-scoring rate: present
 * over those expected, leaving out exempted members and excused absences, so x / (x + K).
 */
final class AttendanceYear {
    static final String PRESENT = "x";
    static final String EXCUSED = "P";
    static final String UNEXCUSED = "K";
    static final String NOT_EXPECTED = "-";

    /** One member's line: id, name, the twelve month codes, and which months count in the rates. */
    record Row(long memberId, String name, List<String> cells, List<Boolean> counted) {
    }

    private final List<Row> rows;

    private AttendanceYear(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * The matrix of the meetings given (the first regular meeting of each month is used); each month's roll is
     * indexed by member once, so a ward of 20,000 members is not searched member by member.
     */
    static AttendanceYear of(List<MeetingRoll> regularMeetings) {
        Map<Integer, Map<Long, RollEntry>> byMonth = new HashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (MeetingRoll mr : regularMeetings) {
            int month = mr.meeting().date().getMonthValue();
            if (!byMonth.containsKey(month)) {
                byMonth.put(month, byMember(mr.roll().entries()));
                mr.roll().entries().stream().filter(e -> e.category() != RollCategory.ATTACHED)
                        .forEach(e -> names.putIfAbsent(e.memberId(), e.fullName()));
            }
        }
        List<Row> rows = new ArrayList<>(names.size());
        for (Map.Entry<Long, String> member : names.entrySet()) {
            String[] cells = new String[12];
            Boolean[] counted = new Boolean[12];
            Arrays.fill(cells, "");
            Arrays.fill(counted, false);
            byMonth.forEach((month, entries) -> {
                RollEntry e = entries.get(member.getKey());
                cells[month - 1] = code(e);
                counted[month - 1] = e != null && e.category() == RollCategory.EXPECTED;
            });
            rows.add(new Row(member.getKey(), member.getValue(), List.of(cells), List.of(counted)));
        }
        rows.sort(VietnameseNames.byName(Row::name));
        return new AttendanceYear(rows);
    }

    private static Map<Long, RollEntry> byMember(List<RollEntry> entries) {
        Map<Long, RollEntry> out = new HashMap<>(entries.size() * 2);
        for (RollEntry e : entries) {
            out.putIfAbsent(e.memberId(), e);
        }
        return out;
    }

    private static String code(RollEntry e) {
        if (e == null || e.category() == RollCategory.AWAY || e.category() == RollCategory.SUSPENDED) {
            return NOT_EXPECTED;
        }
        if (e.category() == RollCategory.EXEMPTED) {
            return e.isPresent() ? PRESENT : NOT_EXPECTED;
        }
        if (e.mark() == null) {
            return "";
        }
        return e.mark().status() == AttendanceStatus.PRESENT ? PRESENT
                : e.mark().status() == AttendanceStatus.ABSENT_EXCUSED ? EXCUSED : UNEXCUSED;
    }

    List<Row> rows() {
        return rows;
    }

    /** The member's rate in percent (one decimal), or null when no month counts. */
    Double memberRate(Row row) {
        List<String> counted = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counted.add(row.counted().get(i) ? row.cells().get(i) : "");
        }
        return rate(counted);
    }

    /** The month's rate in percent (one decimal), or null when no member counts that month. */
    Double monthRate(int month) {
        return rate(rows.stream().map(r -> r.counted().get(month - 1) ? r.cells().get(month - 1) : "").toList());
    }

    /** x / (x + K) over the cells that count (exempted members who come are shown "x" but left out). */
    private static Double rate(List<String> cells) {
        long present = cells.stream().filter(PRESENT::equals).count();
        long counted = present + cells.stream().filter(UNEXCUSED::equals).count();
        return counted == 0 ? null : Math.round(present * 1000.0 / counted) / 10.0;
    }
}
