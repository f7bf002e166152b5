package vn.sochibo.model.member;

/**
 * Dated events in a member's history with this branch (rules.md §5.2–5.6). The order of the constants is the
 * order in which events dated the same day take effect: arrivals first, then changes, then departures.
 */
public enum EventType {
    /** Kết nạp: admission decision; starts membership as probationary. Also a re-admission after an exit. */
    ADMITTED(Needs.NONE),
    /** Chuyển sinh hoạt chính thức đến: joins this branch from another organisation (place = origin). */
    TRANSFERRED_IN(Needs.PLACE),
    /** Đến sinh hoạt tạm thời: attends here while a member elsewhere (place = origin; planned end optional). */
    ATTACHED_IN(Needs.PLACE),
    /** Công nhận đảng viên chính thức. */
    RECOGNISED_OFFICIAL(Needs.NONE),
    /** Trở về sinh hoạt tại chi bộ after a temporary transfer out. */
    RETURNED(Needs.NONE),
    /** Thôi miễn / hết đình chỉ: takes up party activities again. */
    RESUMED(Needs.NONE),
    /** Miễn công tác và sinh hoạt đảng (old age, weak health); optional end date. */
    EXEMPTED(Needs.REASON),
    /** Tạm miễn sinh hoạt đảng (treatment, work far away, maternity…), time-limited. */
    EXEMPTED_TEMPORARILY(Needs.REASON),
    /** Chuyển sinh hoạt tạm thời đi (place = destination; planned end date required). */
    TRANSFERRED_OUT_TEMPORARILY(Needs.PLACE_AND_END),
    /** Đình chỉ sinh hoạt đảng; optional end date. */
    SUSPENDED(Needs.REASON),
    /** Gián đoạn sinh hoạt đảng (lost contact, waiting for a transfer): a gap in party age from date to end. */
    INTERRUPTED(Needs.END),
    /** Kết thúc sinh hoạt tạm thời tại chi bộ: an attached member goes back to the home organisation. */
    ATTACHMENT_ENDED(Needs.NONE),
    /** Chuyển sinh hoạt chính thức đi (place = destination). */
    TRANSFERRED_OUT(Needs.PLACE),
    /** Từ trần. */
    DECEASED(Needs.NONE),
    /** Xóa tên. */
    REMOVED(Needs.REASON),
    /** Khai trừ. */
    EXPELLED(Needs.REASON),
    /** Ra khỏi Đảng (xin ra khỏi Đảng). */
    LEFT_PARTY(Needs.REASON);

    /** What the event needs besides its date. */
    public enum Needs { NONE, PLACE, PLACE_AND_END, END, REASON }

    private final Needs needs;

    EventType(Needs needs) {
        this.needs = needs;
    }

    public Needs needs() {
        return needs;
    }

    /** True for the events that end membership of the Party (used for party-age gaps). */
    public boolean leavesParty() {
        return this == REMOVED || this == EXPELLED || this == LEFT_PARTY;
    }

    /** True for the events after which the member is no longer on this branch's list. */
    public boolean endsMembershipHere() {
        return leavesParty() || this == DECEASED || this == TRANSFERRED_OUT || this == ATTACHMENT_ENDED;
    }

    /** True for events that may carry an end date. */
    public boolean takesEndDate() {
        return needs == Needs.END || needs == Needs.PLACE_AND_END || this == EXEMPTED || this == SUSPENDED
                || this == EXEMPTED_TEMPORARILY || this == ATTACHED_IN;
    }

    /** True for events that carry an origin or destination. */
    public boolean takesPlace() {
        return needs == Needs.PLACE || needs == Needs.PLACE_AND_END;
    }
}
