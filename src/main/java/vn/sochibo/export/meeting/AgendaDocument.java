package vn.sochibo.export.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.doc.TableBlock;
import vn.sochibo.export.doc.Title;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.AgendaItem;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingType;

/** The printable programme (chương trình) of a meeting: each item with its times from the start and its minutes. */
public final class AgendaDocument {
    static final List<Integer> WIDTHS = List.of(9, 24, 55, 12);
    static final List<String> HEADER = List.of("STT", "Thời gian", "Nội dung", "Số phút");
    static final int TABLE_POINTS = 13;

    private AgendaDocument() {
    }

    /** The programme of the meeting, dated {@code issued}. */
    public static PartyDocument build(BranchProfile branch, Meeting m, List<AgendaItem> items, LocalDate issued) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title("CHƯƠNG TRÌNH", List.of(DocTexts.meetingSubject(m))));
        blocks.add(MinutesParts.labelled("Thời gian: ", DocTexts.time(m.startTime(), true) + ", "
                + DocTexts.weekday(m.date().getDayOfWeek()) + ", " + DocTexts.longDate(m.date()) + "."));
        blocks.add(MinutesParts.labelled("Địa điểm: ", (m.place().isEmpty() ? branch.meetingPlace() : m.place())
                + "."));
        blocks.add(new TableBlock(WIDTHS, HEADER, rows(m.startTime(), items), TABLE_POINTS));
        int total = items.stream().mapToInt(AgendaItem::plannedMinutes).sum();
        blocks.add(Paragraph.line(0, Run.italic("Tổng thời gian dự kiến: " + total + " phút; kết thúc khoảng "
                + DocTexts.time(m.startTime().plusMinutes(total), false) + ".")));
        boolean committee = m.type() == MeetingType.COMMITTEE;
        return new PartyDocument(DocTexts.margins(branch), DocTexts.header(branch, committee, "",
                DocTexts.placeDate(branch.placeName(), issued)), blocks, null);
    }

    /** One row per item: number, "19:30 – 19:35", title, planned minutes; times run on from the start time. */
    static List<List<String>> rows(LocalTime start, List<AgendaItem> items) {
        List<List<String>> rows = new ArrayList<>();
        LocalTime at = start;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            LocalTime end = at.plusMinutes(item.plannedMinutes());
            rows.add(List.of(Integer.toString(i + 1), hm(at) + " – " + hm(end), item.title(),
                    Integer.toString(item.plannedMinutes())));
            at = end;
        }
        return rows;
    }

    private static String hm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
