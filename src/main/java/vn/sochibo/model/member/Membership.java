package vn.sochibo.model.member;

/** How a person stands toward this branch's list on a date. */
public enum Membership {
    /** Not yet on the list (before the first arrival). */
    NOT_YET,
    /** On the branch's list: counted in its total. */
    MEMBER,
    /** Attends here temporarily from elsewhere: not counted in the total. */
    ATTACHED,
    /** Gone: transferred away, deceased, removed, expelled, left the Party, or attachment ended. */
    GONE
}
