package vn.sochibo.export.study;

import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudySession;

/**
 * The Vietnamese wording of the study documents for the ward (rules.md §7): levels, organisers, forms, the codes of
 * the year's matrix and the rates, written the same way in every sheet and list.
 */
public final class StudyTexts {
    /** Present at the session. */
    public static final String PRESENT = "x";
    /** Absent, then made up at a make-up session (học bù). */
    public static final String MADE_UP = "B";
    /** Absent with a reason, not made up. */
    public static final String EXCUSED = "P";
    /** Absent without a reason, not made up. */
    public static final String UNEXCUSED = "K";
    /** Not expected at the session (exempted, away, suspended, attached, or not yet or no longer a member). */
    public static final String NOT_EXPECTED = "-";
    static final String LEGEND = "Ký hiệu: x = có mặt; B = vắng nhưng đã học bù; P = vắng có lý do, chưa học bù; "
            + "K = vắng không lý do, chưa học bù; - = không phải học (miễn sinh hoạt, tạm thời đi nơi khác, đình chỉ "
            + "sinh hoạt, sinh hoạt tạm thời đến, chưa vào hoặc đã ra khỏi chi bộ); ô trống = chưa điểm danh.";
    static final String RATE_NOTE = "Tỷ lệ hoàn thành = (số có mặt + số học bù) / số đảng viên phải học; đạt khi "
            + "tỷ lệ không thấp hơn chỉ tiêu.";

    private StudyTexts() {
    }

    /** "Trung ương", "Tỉnh ủy/Thành ủy", "Đảng ủy phường", "Chi bộ". */
    public static String level(IssuingLevel level) {
        return switch (level) {
            case TRUNG_UONG -> "Trung ương";
            case TINH_UY -> "Tỉnh ủy/Thành ủy";
            case DANG_UY_PHUONG -> "Đảng ủy phường";
            case CHI_BO -> "Chi bộ";
        };
    }

    /** "Đảng ủy phường" or "Chi bộ". */
    public static String organiser(Organiser organiser) {
        return organiser == Organiser.WARD ? "Đảng ủy phường" : "Chi bộ";
    }

    /** "Trực tiếp" or "Trực tuyến". */
    public static String form(StudyForm form) {
        return form == StudyForm.ONLINE ? "Trực tuyến" : "Trực tiếp";
    }

    /** The code of one person at one session in the year's matrix (empty when not yet marked). */
    public static String code(StudyEntry e) {
        if (e == null || !e.expected()) {
            return NOT_EXPECTED;
        }
        if (e.mark() == null) {
            return "";
        }
        if (e.mark().status() == AttendanceStatus.PRESENT) {
            return PRESENT;
        }
        if (e.mark().makeupDate() != null) {
            return MADE_UP;
        }
        return e.mark().status() == AttendanceStatus.ABSENT_EXCUSED ? EXCUSED : UNEXCUSED;
    }

    /** The mark in words: "Có mặt", "Vắng có lý do", "Vắng không lý do", or "" when not yet marked. */
    public static String mark(StudyEntry e) {
        if (e.mark() == null) {
            return "";
        }
        return switch (e.mark().status()) {
            case PRESENT -> "Có mặt";
            case ABSENT_EXCUSED -> "Vắng có lý do";
            case ABSENT_UNEXCUSED -> "Vắng không lý do";
        };
    }

    /** Where a person stands on the session's roll: "Phải học", "Miễn sinh hoạt" … */
    public static String category(RollCategory c) {
        return switch (c) {
            case EXPECTED -> "Phải học";
            case EXEMPTED -> "Miễn sinh hoạt";
            case AWAY -> "Tạm thời đi nơi khác";
            case SUSPENDED -> "Đình chỉ sinh hoạt";
            case ATTACHED -> "Sinh hoạt tạm thời đến";
        };
    }

    /** "Ngày 10/03/2026 · Hội trường phường · Trực tiếp · Người trình bày: …", the line under a session's title. */
    public static String sessionLine(StudySession s) {
        StringBuilder line = new StringBuilder("Ngày ").append(String.format("%02d/%02d/%d",
                s.date().getDayOfMonth(), s.date().getMonthValue(), s.date().getYear()));
        if (!s.place().isEmpty()) {
            line.append(" · ").append(s.place());
        }
        line.append(" · ").append(form(s.form())).append(" · ").append(organiser(s.organiser())).append(" tổ chức");
        if (!s.presenter().isEmpty()) {
            line.append(" · Người trình bày: ").append(s.presenter());
        }
        return line.toString();
    }

    /** The rate in percent rounded to one decimal, or null when nobody was expected. */
    public static Double rate(Participation p) {
        return p.expected() == 0 ? null : Math.round(p.completed() * 1000.0 / p.expected()) / 10.0;
    }

    /** "Đạt" or "Chưa đạt" (empty when nobody was expected). */
    public static String reached(Participation p) {
        if (p.expected() == 0) {
            return "";
        }
        return p.meetsTarget() ? "Đạt" : "Chưa đạt";
    }

    /** "dd/MM" over "18-NQ/TW", the heading of a session's column (the symbol on its own line never breaks). */
    public static String column(StudySession s) {
        return String.format("%02d/%02d\n%s", s.date().getDayOfMonth(), s.date().getMonthValue(),
                s.documentSymbol());
    }

    /** "Nghị quyết số 18-NQ/TW …": the symbol and the title of the document, as one line. */
    public static String document(StudySession s) {
        return s.documentTitle().isEmpty() ? s.documentSymbol() : s.documentSymbol() + " – " + s.documentTitle();
    }
}
