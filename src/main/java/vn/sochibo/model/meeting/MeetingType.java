package vn.sochibo.model.meeting;

import java.util.Locale;

/**
 * Kinds of sitting (rules.md §3.1): the monthly regular meeting, the thematic meeting due every quarter, an
 * extraordinary meeting, and the branch committee's own meeting. {@code code} is the command-line spelling and
 * {@code symbol} is how the kind is named in document subtitles.
 */
public enum MeetingType {
    REGULAR("dinh-ky"),
    THEMATIC("chuyen-de"),
    EXTRAORDINARY("bat-thuong"),
    COMMITTEE("chi-uy");

    private final String code;

    MeetingType(String code) {
        this.code = code;
    }

    /** The command-line spelling: dinh-ky, chuyen-de, bat-thuong, chi-uy. */
    public String code() {
        return code;
    }

    /** The type spelt {@code code} (case ignored), or null when no type has that spelling. */
    public static MeetingType parse(String code) {
        if (code == null) {
            return null;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (MeetingType t : values()) {
            if (t.code.equals(wanted)) {
                return t;
            }
        }
        return null;
    }
}
