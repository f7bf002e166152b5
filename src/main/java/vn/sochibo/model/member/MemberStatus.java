package vn.sochibo.model.member;

/** The one status shown for a member on a date (rules.md §5.2), derived from events, never stored. */
public enum MemberStatus {
    NOT_YET,
    PROBATIONARY,
    OFFICIAL,
    EXEMPTED,
    EXEMPTED_TEMPORARILY,
    SUSPENDED,
    TRANSFERRED_OUT_TEMPORARILY,
    ATTACHED,
    ATTACHMENT_ENDED,
    TRANSFERRED_OUT,
    DECEASED,
    REMOVED,
    EXPELLED,
    LEFT_PARTY
}
