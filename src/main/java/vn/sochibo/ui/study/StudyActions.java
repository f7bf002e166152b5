package vn.sochibo.ui.study;

import vn.sochibo.model.study.StudySession;

/** What the study screen's buttons do beyond the list: forms, the roll window, exports and printing. */
public interface StudyActions {
    /** Opens the form of a new session. */
    void add();

    /** Opens the form over the session. */
    void edit(StudySession s);

    /** Opens the roll of the session in its own window. */
    void roll(StudySession s);

    /** Writes the year's workbook. */
    void exportYear(int year);

    /** Writes the session's workbook. */
    void exportSession(StudySession s);

    /** Shows the print preview of the session's attendance list. */
    void printList(StudySession s);

    /** Writes the session's attendance list as Word. */
    void saveList(StudySession s);
}
