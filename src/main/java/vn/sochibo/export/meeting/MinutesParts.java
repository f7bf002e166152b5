package vn.sochibo.export.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.Run;
import vn.sochibo.model.meeting.Guest;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.RollEntry;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.model.meeting.VoteOutcome;

/** The parts every kind of minutes shares: time, place, guests, chair and minute-taker, attendance, votes, grade. */
final class MinutesParts {
    private MinutesParts() {
    }

    /** "- Thời gian: …", "- Địa điểm: …", "- Đại biểu dự: …", "- Chủ trì: …", "- Thư ký: …". */
    static List<Block> opening(MinutesContent c) {
        Meeting m = c.meeting();
        List<Block> out = new ArrayList<>();
        out.add(labelled("Thời gian: ", "bắt đầu lúc " + DocTexts.time(m.startTime(), true) + ", ngày "
                + DocTexts.shortDate(m.date()) + "."));
        out.add(labelled("Địa điểm: ", (m.place().isEmpty() ? c.branch().meetingPlace() : m.place()) + "."));
        out.add(labelled("Đại biểu dự: ", guests(c.guests())));
        String chair = c.chairName().isEmpty() ? "…" : "đồng chí " + c.chairName()
                + c.chairPost().map(p -> " – " + p).orElse("");
        out.add(labelled("Chủ trì: ", chair + "."));
        out.add(labelled("Thư ký: ", (c.minuteTakerName().isEmpty() ? "…" : "đồng chí " + c.minuteTakerName()) + "."));
        return out;
    }

    private static String guests(List<Guest> guests) {
        if (guests.isEmpty()) {
            return "không có.";
        }
        return guests.stream().map(g -> "đồng chí " + g.name() + (g.post().isEmpty() ? "" : " – " + g.post()))
                .collect(Collectors.joining("; ")) + ".";
    }

    /** The attendance block of rules.md §4.3, with the numbers of the roll exactly. */
    static List<Block> attendance(RollSummary r) {
        List<Block> out = new ArrayList<>();
        out.add(Paragraph.line(1, Run.bold("- Tình hình đảng viên:")));
        out.add(plus("Tổng số đảng viên của chi bộ: " + r.total() + " (chính thức " + r.official() + ", dự bị "
                + r.probationary() + "); đảng viên sinh hoạt tạm thời đến: " + r.attached() + "."));
        String apart = "Được miễn công tác và sinh hoạt đảng: " + r.exempted()
                + "; giới thiệu sinh hoạt tạm thời đi nơi khác: " + r.temporarilyOut();
        out.add(plus(apart + (r.suspended() > 0 ? "; đình chỉ sinh hoạt đảng: " + r.suspended() : "") + "."));
        out.add(plus("Có mặt: " + r.present() + " (chính thức " + r.presentOfficial() + ", dự bị "
                + r.presentProbationary() + ", sinh hoạt tạm thời " + r.presentAttached() + ")."));
        out.add(plus(absences(r)));
        if (r.unmarked() > 0) {
            out.add(plus("Chưa điểm danh: " + r.unmarked() + "."));
        }
        return out;
    }

    /** "Vắng mặt: 3; có lý do: 2 (A – ốm; B – đi xa); không có lý do: 1 (C)." */
    static String absences(RollSummary r) {
        String excused = r.absentExcused().stream().map(MinutesParts::withReason).collect(Collectors.joining("; "));
        String unexcused = r.absentUnexcused().stream().map(RollEntry::fullName).collect(Collectors.joining("; "));
        return "Vắng mặt: " + r.absent() + "; có lý do: " + r.absentExcused().size()
                + (excused.isEmpty() ? "" : " (" + excused + ")") + "; không có lý do: " + r.absentUnexcused().size()
                + (unexcused.isEmpty() ? "" : " (" + unexcused + ")") + ".";
    }

    private static String withReason(RollEntry e) {
        String reason = e.mark() == null ? "" : e.mark().reason();
        return reason.isEmpty() ? e.fullName() : e.fullName() + " – " + reason;
    }

    /** One line per vote: subject, counts over the denominator with the percentage, method, result and threshold. */
    static List<Block> votes(List<VoteOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of(Paragraph.line(1, Run.plain("- Không có nội dung biểu quyết.")));
        }
        return outcomes.stream().map(o -> (Block) Paragraph.line(1, Run.plain("- " + voteText(o)),
                Run.bold(" Kết quả: " + (o.passed() ? "thông qua" : "không thông qua")),
                Run.plain(" (yêu cầu " + o.thresholdText() + ")."))).toList();
    }

    /** "Thông qua nghị quyết: tán thành 12/15 đ/c (80,0%); không tán thành 1; ý kiến khác 0 (giơ tay)." */
    static String voteText(VoteOutcome o) {
        var v = o.vote();
        String subject = v.subject().isEmpty() ? "" : v.subject() + ": ";
        return subject + "tán thành " + v.yes() + "/" + o.denominator() + " đ/c (" + DocTexts.percent(o.percent())
                + "%); không tán thành " + v.against() + "; ý kiến khác " + v.other() + " (hình thức: "
                + DocTexts.method(v.method()) + ").";
    }

    /** "92 điểm – xếp loại Tốt", or not yet graded. */
    static Paragraph grade(MinutesContent c) {
        Integer points = c.meeting().gradePoints();
        if (points == null || c.grade() == null) {
            return Paragraph.text("Chưa đánh giá.");
        }
        return Paragraph.text(points + " điểm – xếp loại " + DocTexts.grade(c.grade()) + ".");
    }

    /** The closing sentence; the adoption sentence only once the minutes are adopted. */
    static Paragraph closing(MinutesContent c, String sitting, String body) {
        Meeting m = c.meeting();
        String end = m.endTime() == null ? "… giờ …" : DocTexts.time(m.endTime(), false);
        String text = sitting + " kết thúc lúc " + end + " cùng ngày.";
        if (m.isAdopted()) {
            text += " Biên bản đã được đọc lại và thông qua trước " + body + ".";
        }
        return Paragraph.text(text);
    }

    static Paragraph labelled(String label, String value) {
        return Paragraph.line(1, Run.bold("- " + label), Run.plain(value));
    }

    private static Paragraph plus(String text) {
        return Paragraph.line(1, Run.plain("+ " + text));
    }
}
