package vn.sochibo.model.reminder;

/** What a reminder is about (issue 4 §3); {@code key} names its short label in the message bundle. */
public enum ReminderKind {
    UNEXCUSED_WARNING("reminder.kind.unexcusedWarning"),
    UNEXCUSED_REMOVAL("reminder.kind.unexcusedRemoval"),
    PROBATION_ENDING("reminder.kind.probationEnding"),
    BADGE_MILESTONE("reminder.kind.badgeMilestone"),
    EXEMPTION_HINT("reminder.kind.exemptionHint"),
    REGULAR_MEETING_MISSING("reminder.kind.regularMeetingMissing"),
    THEMATIC_MISSING("reminder.kind.thematicMissing"),
    TASK_OVERDUE("reminder.kind.taskOverdue"),
    TRANSFER_OVERDUE("reminder.kind.transferOverdue"),
    STUDY_MAKEUP_MISSING("reminder.kind.studyMakeUpMissing"),
    STUDY_REFLECTION_MISSING("reminder.kind.studyReflectionMissing");

    private final String key;

    ReminderKind(String key) {
        this.key = key;
    }

    /** The message key of the short label; the badge label takes the milestone years as {0}, study
     * labels the number of members. */
    public String key() {
        return key;
    }
}
