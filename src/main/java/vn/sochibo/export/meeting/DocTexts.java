package vn.sochibo.export.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.MeetingGrade;
import vn.sochibo.model.meeting.VoteMethod;

/**
 * The wording shared by the meeting documents: dates as HD 36 writes them (day below 10 and months 1–2 with a
 * leading zero), times, weekdays, quarter numerals, percentages with a decimal comma, labels, header and margins.
 */
public final class DocTexts {
    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String PARTY_BODY = "đảng bộ";
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private DocTexts() {
    }

    /** "ngày 05 tháng 02 năm 2026"; months from March on without a zero ("tháng 3"). */
    public static String longDate(LocalDate d) {
        return "ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng " + month(d.getMonthValue()) + " năm "
                + d.getYear();
    }

    /** The month number as printed: 01, 02, then 3 … 12. */
    public static String month(int m) {
        return m < 3 ? String.format("%02d", m) : Integer.toString(m);
    }

    /** "Phường Hòa Bình, ngày 05 tháng 02 năm 2026" (the date alone when no place is set). */
    public static String placeDate(String place, LocalDate d) {
        return place == null || place.isBlank() ? capitalised(longDate(d)) : place + ", " + longDate(d);
    }

    /** "05/02/2026". */
    public static String shortDate(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "19 giờ 30 phút" ("19 giờ" on the hour when {@code minutesWord} is false, "19 giờ 05" otherwise). */
    public static String time(LocalTime t, boolean minutesWord) {
        String hm = t.getHour() + " giờ " + String.format("%02d", t.getMinute());
        return minutesWord ? hm + " phút" : hm;
    }

    /** "Chủ nhật", "thứ Hai" … "thứ Bảy". */
    public static String weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** The quarter of the date in Roman numerals (I–IV). */
    public static String quarter(LocalDate d) {
        return ROMAN[(d.getMonthValue() - 1) / 3];
    }

    /** "66,7" (one decimal, Vietnamese decimal comma). */
    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    public static String grade(MeetingGrade g) {
        return switch (g) {
            case GOOD -> "Tốt";
            case FAIR -> "Khá";
            case AVERAGE -> "Trung bình";
            case POOR -> "Kém";
        };
    }

    public static String method(VoteMethod m) {
        return switch (m) {
            case HANDS -> "giơ tay";
            case CARD -> "giơ thẻ đảng viên";
            case SECRET_BALLOT -> "bỏ phiếu kín";
        };
    }

    /** The subject line under "BIÊN BẢN" or "CHƯƠNG TRÌNH" by meeting type and date. */
    public static String meetingSubject(Meeting m) {
        LocalDate d = m.date();
        return switch (m.type()) {
            case REGULAR -> "sinh hoạt chi bộ định kỳ tháng " + month(d.getMonthValue()) + " năm " + d.getYear();
            case THEMATIC -> "sinh hoạt chi bộ chuyên đề quý " + quarter(d) + " năm " + d.getYear();
            case EXTRAORDINARY -> "sinh hoạt chi bộ bất thường " + longDate(d);
            case COMMITTEE -> "họp chi ủy tháng " + month(d.getMonthValue()) + " năm " + d.getYear();
        };
    }

    /** The page margins the branch chose. */
    public static PageMargins margins(BranchProfile b) {
        DocumentSettings s = b.documents();
        return new PageMargins(s.marginTop(), s.marginBottom(), s.marginLeft(), s.marginRight());
    }

    /**
     * The header of a branch document; a committee document reads "ĐẢNG ỦY …" over "CHI ỦY CHI BỘ …" (rules.md
     * §4.5).
     */
    public static DocumentHeader header(BranchProfile b, boolean committee, String numberLine, String placeDate) {
        String issuer = committee ? "Chi ủy " + b.branchName() : b.branchName();
        String superior = b.superiorName();
        if (committee && superior.toLowerCase(VI).startsWith(PARTY_BODY)) {
            superior = "Đảng ủy" + superior.substring(PARTY_BODY.length());
        }
        return new DocumentHeader(superior, issuer, numberLine, placeDate);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
