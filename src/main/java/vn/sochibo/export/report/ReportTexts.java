package vn.sochibo.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sochibo.export.doc.Run;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.report.TaskState;

/** The wording of the monthly report: meeting kinds, task states, the addressee, signatures and recipients. */
final class ReportTexts {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String PARTY_BODY = "đảng bộ";

    private ReportTexts() {
    }

    /** "sinh hoạt định kỳ", "sinh hoạt chuyên đề" … */
    static String meetingKind(MeetingType t) {
        return switch (t) {
            case REGULAR -> "sinh hoạt định kỳ";
            case THEMATIC -> "sinh hoạt chuyên đề";
            case EXTRAORDINARY -> "sinh hoạt bất thường";
            case COMMITTEE -> "họp chi ủy";
        };
    }

    static String taskState(TaskState s) {
        return switch (s) {
            case DONE -> "đã hoàn thành";
            case OPEN -> "đang thực hiện";
            case OVERDUE -> "quá hạn, chưa hoàn thành";
            case DROPPED -> "không thực hiện nữa";
        };
    }

    /** "Kính gửi: Đảng ủy phường Hòa Bình" from the superior's name "Đảng bộ phường Hòa Bình". */
    static String addressee(String superiorName) {
        String s = superiorName == null ? "" : superiorName.strip();
        if (s.toLowerCase(VI).startsWith(PARTY_BODY)) {
            s = "Đảng ủy" + unshout(s.substring(PARTY_BODY.length()));
        }
        return "Kính gửi: " + (s.isEmpty() ? "Đảng ủy phường" : s);
    }

    /** " PHƯỜNG HÒA BÌNH" typed in capitals becomes " phường Hòa Bình"; other text is kept as typed. */
    static String unshout(String rest) {
        if (!rest.equals(rest.toUpperCase(VI)) || rest.isBlank()) {
            return rest;
        }
        String[] words = rest.strip().toLowerCase(VI).split(" +");
        StringBuilder out = new StringBuilder(" ").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(words[i].substring(0, 1).toUpperCase(VI)).append(words[i].substring(1));
        }
        return out.toString();
    }

    /** "T/M CHI BỘ" / "BÍ THƯ" / room to sign / the name. */
    static List<Run> onBehalf(String name) {
        List<Run> lines = new ArrayList<>(List.of(Run.bold("T/M CHI BỘ"), Run.bold("BÍ THƯ")));
        for (int i = 0; i < 3; i++) {
            lines.add(Run.plain(""));
        }
        lines.add(Run.bold(name));
        return lines;
    }

    /** "Nơi nhận:" with the ward committee and the branch's own file, in 12 pt. */
    static List<Run> recipients() {
        return List.of(new Run("Nơi nhận:", true, true, 12), new Run("- Đảng ủy phường (để b/c);", false, false, 12),
                new Run("- Lưu chi bộ.", false, false, 12));
    }

    /** "20/22 đồng chí (90,9%)", or a note that no list of expected members exists. */
    static String rate(int done, int expected, double percent) {
        if (expected == 0) {
            return "chưa có danh sách phải dự";
        }
        return done + "/" + expected + " đồng chí (" + String.format(Locale.ROOT, "%.1f", percent).replace('.', ',')
                + "%)";
    }
}
