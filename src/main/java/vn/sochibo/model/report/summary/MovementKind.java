package vn.sochibo.model.report.summary;

import vn.sochibo.model.member.EventType;

/** The member movements a summary counts, in the order of its rows, each from one or two event types. */
public enum MovementKind {
    ADMITTED,
    RECOGNISED_OFFICIAL,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    DECEASED,
    REMOVED,
    EXPELLED,
    LEFT_PARTY,
    EXEMPTED,
    TRANSFERRED_OUT_TEMPORARILY,
    ATTACHED_IN;

    /** The movement an event counts as, or null for events a summary does not count. */
    public static MovementKind of(EventType type) {
        return switch (type) {
            case ADMITTED -> ADMITTED;
            case RECOGNISED_OFFICIAL -> RECOGNISED_OFFICIAL;
            case TRANSFERRED_IN -> TRANSFERRED_IN;
            case TRANSFERRED_OUT -> TRANSFERRED_OUT;
            case DECEASED -> DECEASED;
            case REMOVED -> REMOVED;
            case EXPELLED -> EXPELLED;
            case LEFT_PARTY -> LEFT_PARTY;
            case EXEMPTED, EXEMPTED_TEMPORARILY -> EXEMPTED;
            case TRANSFERRED_OUT_TEMPORARILY -> TRANSFERRED_OUT_TEMPORARILY;
            case ATTACHED_IN -> ATTACHED_IN;
            default -> null;
        };
    }
}
