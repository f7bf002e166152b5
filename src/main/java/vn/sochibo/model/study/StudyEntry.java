package vn.sochibo.model.study;

import vn.sochibo.model.meeting.RollCategory;

/** A person on a study session's roll: where they stand on its date and their line, null when not yet marked. */
public record StudyEntry(long memberId, String fullName, RollCategory category, StudyMark mark) {

    /** True when the member is expected at the session (neither exempted, away, suspended nor attached). */
    public boolean expected() {
        return category == RollCategory.EXPECTED;
    }

    /** True when present at the session or at a make-up session. */
    public boolean completed() {
        return mark != null && mark.completed();
    }

    /** True when the reflection was handed in. */
    public boolean reflected() {
        return mark != null && mark.reflectionOn() != null;
    }
}
