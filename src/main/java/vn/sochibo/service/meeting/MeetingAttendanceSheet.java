package vn.sochibo.service.meeting;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.export.TitleCell;
import vn.sochibo.export.TitleLine;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.Roll;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Messages;

/** One meeting's attendance as a worksheet: every person with category, mark, reason and note, then the counts. */
final class MeetingAttendanceSheet {
    static final int BODY_POINTS = 12;
    static final int TITLE_POINTS = 13;

    private MeetingAttendanceSheet() {
    }

    static SheetModel build(Meeting meeting, Roll roll, String branchName, Messages messages) {
        List<SheetColumn> columns = List.of(SheetColumn.centre(5), SheetColumn.left(26), SheetColumn.centre(12),
                SheetColumn.left(20), SheetColumn.left(18), SheetColumn.left(24), SheetColumn.left(24));
        List<String> header = List.of(messages.tr("roll.sheet.column.number"), messages.tr("roll.sheet.column.name"),
                messages.tr("roll.sheet.column.grade"), messages.tr("roll.sheet.column.category"),
                messages.tr("roll.sheet.column.status"), messages.tr("roll.sheet.column.reason"),
                messages.tr("roll.sheet.column.note"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (RollEntry e : roll.entries()) {
            rows.add(List.of(n++, e.fullName(), grade(e, messages),
                    messages.tr("roll.category." + e.category().name()), status(e, messages),
                    e.mark() == null ? "" : e.mark().reason(), e.mark() == null ? "" : e.mark().note()));
        }
        rows.add(List.of());
        counts(roll.summary(), messages).forEach(rows::add);
        for (Guest g : roll.guests()) {
            rows.add(List.of("", messages.tr("roll.sheet.guest"), "", g.name(), g.post()));
        }
        return new SheetModel(messages.tr("roll.sheet.meeting.name"), title(meeting, branchName, messages), columns,
                List.of(header), rows, BODY_POINTS, true);
    }

    static String grade(RollEntry e, Messages messages) {
        if (e.status().isOfficial()) {
            return messages.tr("roll.grade.official");
        }
        return e.status().isProbationary() ? messages.tr("roll.grade.probationary") : "";
    }

    private static String status(RollEntry e, Messages messages) {
        return e.mark() == null ? "" : messages.tr("roll.status." + e.mark().status().name());
    }

    /** The counts as label and number rows, in the order of the minutes header. */
    private static List<List<Object>> counts(RollSummary s, Messages messages) {
        Object[][] pairs = {{"total", s.total()}, {"official", s.official()}, {"probationary", s.probationary()},
            {"attached", s.attached()}, {"exempted", s.exempted()}, {"temporarilyOut", s.temporarilyOut()},
            {"suspended", s.suspended()}, {"expected", s.expected()}, {"present", s.present()},
            {"presentOfficial", s.presentOfficial()}, {"presentProbationary", s.presentProbationary()},
            {"presentAttached", s.presentAttached()}, {"absentExcused", s.absentExcused().size()},
            {"absentUnexcused", s.absentUnexcused().size()}, {"unmarked", s.unmarked()},
            {"voteDenominator", s.voteDenominator()}};
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] p : pairs) {
            rows.add(List.of("", messages.tr("roll.sheet.count." + p[0]), p[1]));
        }
        return rows;
    }

    static List<TitleLine> title(Meeting meeting, String branchName, Messages messages) {
        List<TitleLine> lines = new ArrayList<>();
        if (!branchName.isBlank()) {
            lines.add(TitleLine.centred(TitleCell.bold(branchName.toUpperCase(messages.locale()), TITLE_POINTS)));
        }
        lines.add(TitleLine.centred(TitleCell.bold(messages.tr("roll.sheet.meeting.title"), TITLE_POINTS + 3)));
        lines.add(TitleLine.centred(TitleCell.italic(subject(meeting, messages), TITLE_POINTS)));
        lines.add(TitleLine.blank(TITLE_POINTS));
        return lines;
    }

    /** "Sinh hoạt chi bộ định kỳ ngày 05/02/2026". */
    static String subject(Meeting meeting, Messages messages) {
        return messages.tr("roll.subject", messages.tr("roll.meetingType." + meeting.type().name()), meeting.date());
    }
}
