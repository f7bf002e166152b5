package vn.sochibo.export.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.model.report.MeetingLine;
import vn.sochibo.model.report.MonthlyReport;
import vn.sochibo.model.report.ReportSection;
import vn.sochibo.model.report.StudyLine;
import vn.sochibo.model.report.TaskLine;
import vn.sochibo.model.report.TaskState;
import vn.sochibo.model.study.Participation;

/** The body of sections II–VII: one line per meeting, task and study session, and the secretary's own texts. */
final class ReportParts {
    private ReportParts() {
    }

    /** Section II: each meeting with attendance and grade, then the main content (each item once). */
    static List<Block> meetings(MonthlyReport r) {
        List<Block> out = new ArrayList<>();
        if (r.meetings().isEmpty()) {
            out.add(line("- Trong tháng chi bộ chưa tổ chức sinh hoạt."));
        }
        Set<String> content = new LinkedHashSet<>();
        for (MeetingLine m : r.meetings()) {
            out.add(line("- Ngày " + DocTexts.shortDate(m.date()) + ", " + ReportTexts.meetingKind(m.type())
                    + ": có mặt " + ReportTexts.rate(m.present(), m.expected(), m.percent()) + "; vắng có lý do "
                    + m.absentExcused() + ", vắng không có lý do " + m.absentUnexcused() + "; xếp loại: "
                    + (m.grade() == null ? "chưa đánh giá" : DocTexts.grade(m.grade())) + "."));
            m.content().forEach(c -> content.add("+ " + c));
        }
        String extra = r.note(ReportSection.CONTENT);
        if (!content.isEmpty() || !extra.isBlank()) {
            out.add(Paragraph.line(1, Run.bold("Nội dung chính:")));
            content.forEach(c -> out.add(line(c)));
            extra.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(line(l.strip())));
        }
        return out;
    }

    /** Section III: counts by state, then each task. */
    static List<Block> tasks(MonthlyReport r) {
        if (r.tasks().isEmpty()) {
            return List.of(line("- Các kỳ sinh hoạt trong tháng không giao nhiệm vụ mới."));
        }
        List<Block> out = new ArrayList<>();
        out.add(line("- Tổng số nhiệm vụ được giao trong tháng: " + r.tasks().size() + "; đã hoàn thành "
                + r.tasksIn(TaskState.DONE) + "; đang thực hiện " + r.tasksIn(TaskState.OPEN) + "; quá hạn "
                + r.tasksIn(TaskState.OVERDUE) + "."));
        for (TaskLine t : r.tasks()) {
            String due = t.dueDate() == null ? "" : " (hạn " + DocTexts.shortDate(t.dueDate()) + ")";
            out.add(line("+ " + t.text().strip() + due + ": " + ReportTexts.taskState(t.state()) + "."));
        }
        return out;
    }

    /** Section IV, study part: each session with its participation. */
    static List<Block> studies(MonthlyReport r) {
        List<Block> out = new ArrayList<>();
        if (r.studies().isEmpty()) {
            out.add(line("- Học tập, quán triệt nghị quyết: trong tháng không có buổi học tập, quán triệt."));
        }
        for (StudyLine s : r.studies()) {
            String title = s.title().isBlank() ? "" : " " + s.title();
            Participation p = s.participation();
            out.add(line("- Ngày " + DocTexts.shortDate(s.date()) + ", học tập, quán triệt văn bản " + s.symbol()
                    + title + ": đã học " + ReportTexts.rate(p.completed(), p.expected(), p.percent())
                    + (p.expected() > 0 && !p.meetsTarget() ? ", chưa đạt chỉ tiêu " + p.targetPercent() + "%." : ".")));
        }
        return out;
    }

    /** A free-text section, one paragraph per line, or "…" when the secretary wrote nothing. */
    static List<Block> note(String text) {
        List<Block> out = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(Paragraph.text(l.strip())));
        return out.isEmpty() ? List.of(Paragraph.text("…")) : out;
    }

    private static Block line(String text) {
        return Paragraph.line(1, Run.plain(text));
    }
}
