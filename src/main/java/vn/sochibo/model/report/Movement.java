package vn.sochibo.model.report;

import vn.sochibo.model.member.EventType;

/** The changes in the branch's list a monthly report counts (rules.md §4.7 I): increases, decreases, exemptions. */
public enum Movement {
    /** Kết nạp. */
    ADMITTED,
    /** Công nhận đảng viên chính thức. */
    RECOGNISED,
    /** Chuyển sinh hoạt chính thức đến. */
    TRANSFERRED_IN,
    /** Chuyển sinh hoạt chính thức đi. */
    TRANSFERRED_OUT,
    /** Từ trần. */
    DECEASED,
    /** Xóa tên, khai trừ, ra khỏi Đảng. */
    REMOVED,
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPTED;

    /** The movement an event counts as, or null for events a report does not count. */
    public static Movement of(EventType type) {
        return switch (type) {
            case ADMITTED -> ADMITTED;
            case RECOGNISED_OFFICIAL -> RECOGNISED;
            case TRANSFERRED_IN -> TRANSFERRED_IN;
            case TRANSFERRED_OUT -> TRANSFERRED_OUT;
            case DECEASED -> DECEASED;
            case REMOVED, EXPELLED, LEFT_PARTY -> REMOVED;
            case EXEMPTED -> EXEMPTED;
            default -> null;
        };
    }
}
