package vn.sochibo.model.study;

import java.util.List;

/**
 * One document across all the sessions it was studied in: a member expected at any of them completes the
 * document by completing any of them.
 */
public record DocumentSummary(String documentSymbol, List<StudySummary> sessions, Participation participation,
                              List<StudyDebt> debts) {
    public DocumentSummary {
        sessions = List.copyOf(sessions);
        debts = List.copyOf(debts);
    }
}
