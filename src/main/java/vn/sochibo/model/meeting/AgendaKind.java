package vn.sochibo.model.meeting;

/**
 * The role of an agenda item in the standard order (rules.md §3.2); the minutes place an item's notes by its kind
 * (discussion under "Ý kiến thảo luận", the chair's conclusion under "Kết luận", …). OTHER is any item the
 * secretary adds.
 */
public enum AgendaKind {
    OPENING,
    MINUTE_TAKER,
    ATTENDANCE,
    ADOPT_AGENDA,
    CURRENT_AFFAIRS,
    HCM_STUDY,
    THEMATIC_TOPIC,
    REVIEW,
    NEXT_TASKS,
    GUEST_SPEECH,
    DISCUSSION,
    CONCLUSION,
    VOTE,
    PERSONNEL,
    GRADING,
    READ_BACK,
    OTHER
}
