package vn.sochibo.export.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.report.summary.MovementKind;
import vn.sochibo.model.report.summary.SummaryPeriod;

/** The Vietnamese wording of the summary workbook (always Vietnamese: it goes to the ward). */
public final class SummaryTexts {
    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SummaryTexts() {
    }

    /** "QUÝ I NĂM 2026" or "NĂM 2026". */
    public static String periodTitle(SummaryPeriod p) {
        return p.quarter() == null ? "NĂM " + p.year() : "QUÝ " + ROMAN[p.quarter() - 1] + " NĂM " + p.year();
    }

    /** The main title line. */
    public static String title(SummaryPeriod p) {
        return "BẢNG TỔNG HỢP SỐ LIỆU CHI BỘ " + periodTitle(p);
    }

    /** "(Từ ngày 01/01/2026 đến ngày 31/03/2026; đầu kỳ tính đến hết ngày 31/12/2025)". */
    public static String span(SummaryPeriod p) {
        return "(Từ ngày " + day(p.from()) + " đến ngày " + day(p.to()) + "; đầu kỳ tính đến hết ngày "
                + day(p.from().minusDays(1)) + ")";
    }

    static String day(LocalDate d) {
        return d.format(DAY);
    }

    /** The name of a kind of meeting. */
    public static String meetingType(MeetingType t) {
        return switch (t) {
            case REGULAR -> "Sinh hoạt định kỳ";
            case THEMATIC -> "Sinh hoạt chuyên đề";
            case EXTRAORDINARY -> "Sinh hoạt bất thường";
            case COMMITTEE -> "Họp chi ủy";
        };
    }

    /** The name of a kind of movement. */
    public static String movement(MovementKind k) {
        return switch (k) {
            case ADMITTED -> "Kết nạp đảng viên mới";
            case RECOGNISED_OFFICIAL -> "Công nhận đảng viên chính thức";
            case TRANSFERRED_IN -> "Chuyển sinh hoạt chính thức đến";
            case TRANSFERRED_OUT -> "Chuyển sinh hoạt chính thức đi";
            case DECEASED -> "Từ trần";
            case REMOVED -> "Xóa tên";
            case EXPELLED -> "Khai trừ";
            case LEFT_PARTY -> "Xin ra khỏi Đảng";
            case EXEMPTED -> "Miễn, tạm miễn công tác và sinh hoạt đảng";
            case TRANSFERRED_OUT_TEMPORARILY -> "Chuyển sinh hoạt tạm thời đi";
            case ATTACHED_IN -> "Đến sinh hoạt tạm thời";
        };
    }

    /** The text in upper case as Vietnamese writes it. */
    static String upper(String s) {
        return s.toUpperCase(VI);
    }
}
