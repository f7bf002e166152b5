package vn.sochibo.service.sample;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;

class SampleOptionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @ParameterizedTest
    @CsvSource({"0, 5, --members", "20001, 5, --members", "-3, 5, --members", "35, 0, --years", "35, 31, --years"})
    void new_countOutOfRange_refusedWithAMessageNamingTheOption(int members, int years, String option) {
        AppException e = assertThrows(AppException.class, () -> new SampleOptions(members, years, 1, TODAY));
        String vi = Messages.forLanguage("vi").error(e);
        String en = Messages.forLanguage("en").error(e);
        assertTrue(vi.contains(option) && en.contains(option), vi + " / " + en);
        assertTrue(en.contains(String.valueOf(members)) || en.contains(String.valueOf(years)), en);
    }

    @Test
    void new_membersOutOfRange_printsTheLimitWithoutThousandsSeparator() {
        AppException e = assertThrows(AppException.class, () -> new SampleOptions(25_000, 5, 1, TODAY));
        assertEquals("Số đảng viên mẫu (--members) phải từ 1 đến 20000, nhận được 25000",
                Messages.forLanguage("vi").error(e));
    }

    @Test
    void new_limitsOfTheRanges_accepted() {
        assertDoesNotThrow(() -> new SampleOptions(1, 1, 0, TODAY));
        assertDoesNotThrow(() -> new SampleOptions(20_000, 30, -1, TODAY));
    }

    @Test
    void new_referenceDateBefore2000_refused() {
        LocalDate before = LocalDate.of(1999, 12, 31);
        AppException e = assertThrows(AppException.class, () -> new SampleOptions(35, 5, 1, before));
        assertTrue(Messages.forLanguage("vi").error(e).contains("--today"));
    }

    @Test
    void defaults_thirtyFiveMembersFiveYearsSeed1930() {
        SampleOptions o = SampleOptions.defaults(TODAY);
        assertEquals(new SampleOptions(35, 5, 1930, TODAY), o);
        assertEquals(LocalDate.of(2021, 3, 15), o.windowStart());
    }
}
