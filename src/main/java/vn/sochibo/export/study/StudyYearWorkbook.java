package vn.sochibo.export.study;

import java.util.List;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.study.StudySummary;

/**
 * The year's study workbook for the ward, always in Vietnamese: members × sessions, the sessions one per line, and
 * the documents over their sessions.
 */
public final class StudyYearWorkbook {
    private StudyYearWorkbook() {
    }

    /** The three sheets of the year, from the branch's members in roster order and the year's sessions by date. */
    public static List<SheetModel> build(StudyHeading heading, int year, List<StudyMember> members,
                                         List<StudySummary> sessions) {
        return List.of(StudyMatrixSheet.build(heading, year, members, sessions),
                StudySessionsSheet.build(heading, year, sessions), StudyDocumentsSheet.build(heading, year, sessions));
    }
}
