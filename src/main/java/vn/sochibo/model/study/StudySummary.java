package vn.sochibo.model.study;

import java.util.List;

/** A study session with its roll on its date, its participation and the members who still owe something. */
public record StudySummary(StudySession session, List<StudyEntry> entries, Participation participation,
                           List<StudyDebt> debts) {
    public StudySummary {
        entries = List.copyOf(entries);
        debts = List.copyOf(debts);
    }
}
