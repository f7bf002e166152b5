package vn.sochibo.export.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as HD 36 writes them: a zero before days under 10 and before months 1 and 2 only. */
class DocTextsTest {
    @ParameterizedTest
    @CsvSource({"2026-02-05, ngày 05 tháng 02 năm 2026", "2026-01-31, ngày 31 tháng 01 năm 2026",
        "2026-03-09, ngày 09 tháng 3 năm 2026", "2026-11-20, ngày 20 tháng 11 năm 2026",
        "2028-02-29, ngày 29 tháng 02 năm 2028"})
    void longDate_anyDay_leadingZerosAsTheGuidanceWrites(LocalDate day, String expected) {
        assertEquals(expected, DocTexts.longDate(day));
    }

    @ParameterizedTest
    @CsvSource({"2026-01-10, I", "2026-03-31, I", "2026-04-01, II", "2026-09-30, III", "2026-12-01, IV"})
    void quarter_anyMonth_romanNumeral(LocalDate day, String expected) {
        assertEquals(expected, DocTexts.quarter(day));
    }

    @Test
    void placeDate_withAndWithoutPlace_placeThenDate() {
        assertEquals("Phường Hòa Bình, ngày 05 tháng 02 năm 2026",
                DocTexts.placeDate("Phường Hòa Bình", LocalDate.of(2026, 2, 5)));
        assertEquals("Ngày 05 tháng 02 năm 2026", DocTexts.placeDate("", LocalDate.of(2026, 2, 5)));
    }

    @Test
    void timeAndPercent_vietnameseForms() {
        assertEquals("7 giờ 05 phút", DocTexts.time(LocalTime.of(7, 5), true));
        assertEquals("21 giờ 00", DocTexts.time(LocalTime.of(21, 0), false));
        assertEquals("66,7", DocTexts.percent(200.0 / 3));
    }
}
