package vn.sochibo.export.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.meeting.AttendanceStatus;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudyEntry;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.model.study.StudyMark;
import vn.sochibo.model.study.StudySession;

class StudyTextsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static StudyEntry entry(RollCategory category, AttendanceStatus status, LocalDate makeup) {
        return new StudyEntry(1, "Nguyễn Văn An", category, status == null ? null
                : new StudyMark(1, 1, status, status == AttendanceStatus.ABSENT_EXCUSED ? "Ốm" : "", makeup, null));
    }

    @Test
    void code_eachSituation_theLetterOfTheLegend() {
        assertEquals("x", StudyTexts.code(entry(RollCategory.EXPECTED, AttendanceStatus.PRESENT, null)));
        assertEquals("B", StudyTexts.code(entry(RollCategory.EXPECTED, AttendanceStatus.ABSENT_EXCUSED, DAY)));
        assertEquals("B", StudyTexts.code(entry(RollCategory.EXPECTED, AttendanceStatus.ABSENT_UNEXCUSED, DAY)));
        assertEquals("P", StudyTexts.code(entry(RollCategory.EXPECTED, AttendanceStatus.ABSENT_EXCUSED, null)));
        assertEquals("K", StudyTexts.code(entry(RollCategory.EXPECTED, AttendanceStatus.ABSENT_UNEXCUSED, null)));
        assertEquals("", StudyTexts.code(entry(RollCategory.EXPECTED, null, null)));
        assertEquals("-", StudyTexts.code(entry(RollCategory.EXEMPTED, AttendanceStatus.PRESENT, null)));
        assertEquals("-", StudyTexts.code(null));
    }

    @Test
    void rate_oneDecimalAndEmptyWhenNobodyExpected() {
        assertEquals(66.7, StudyTexts.rate(new Participation(2, 3, 95)));
        assertNull(StudyTexts.rate(new Participation(0, 0, 95)));
        assertEquals("Chưa đạt", StudyTexts.reached(new Participation(2, 3, 95)));
        assertEquals("Đạt", StudyTexts.reached(new Participation(19, 20, 95)));
        assertEquals("", StudyTexts.reached(new Participation(0, 0, 95)));
    }

    @Test
    void sessionLine_dateWithZerosPlaceFormOrganiserAndPresenter() {
        StudySession s = new StudySession(1, "57-NQ/TW", "Về đột phá", IssuingLevel.TRUNG_UONG, Organiser.BRANCH,
                LocalDate.of(2026, 2, 5), "Nhà văn hoá Khu phố 3", StudyForm.ONLINE, "Đồng chí Bí thư", false);
        assertEquals("Ngày 05/02/2026 · Nhà văn hoá Khu phố 3 · Trực tuyến · Chi bộ tổ chức · Người trình bày: "
                + "Đồng chí Bí thư", StudyTexts.sessionLine(s));
        assertEquals("05/02\n57-NQ/TW", StudyTexts.column(s));
        assertEquals("57-NQ/TW – Về đột phá", StudyTexts.document(s));
    }
}
