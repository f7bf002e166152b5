package vn.sochibo.model.journal;

/** What a journal line says was done; each has a label under {@code journal.action.<NAME>} in the bundle. */
public enum JournalAction {
    /** A member record was created. */
    MEMBER_CREATED,
    /** A member record's fields were changed. */
    MEMBER_CHANGED,
    /** A member record entered by mistake was deleted with its events. */
    MEMBER_DELETED,
    /** An event was added to a member's history. */
    EVENT_ADDED,
    /** An event of a member's history was changed. */
    EVENT_CHANGED,
    /** An event was removed from a member's history. */
    EVENT_DELETED,
    /** Members were imported from a roster file. */
    ROSTER_IMPORTED,
    /** The data was restored from a backup. */
    BACKUP_RESTORED,
    /** The data was taken over from a hand-over kit. */
    HANDOVER_OPENED,
    /** A meeting was planned or added (one line for a whole year's plan). */
    MEETING_CREATED,
    /** A meeting's date, place, type or people were changed. */
    MEETING_CHANGED,
    /** A planned meeting was deleted. */
    MEETING_DELETED,
    /** A meeting's minutes were adopted (read back and approved). */
    MINUTES_ADOPTED,
    /** Adopted minutes were opened for a correction, with its reason. */
    MINUTES_CORRECTED,
    /** A study session was added, changed or deleted, or a mark, make-up or reflection of it recorded. */
    STUDY_CHANGED,
    /** A free-text section of a monthly report was saved. */
    REPORT_CHANGED,
    /** A line written by a newer version of the application, whose action this version does not know. */
    OTHER;

    /** The action stored under the name, or {@link #OTHER} for a name this version does not know. */
    public static JournalAction parse(String name) {
        for (JournalAction a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return OTHER;
    }
}
