package vn.sochibo.service.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Medians, maxima and the printed lines of the bench figures. */
class TimingsTest {
    @Test
    void medianMillis_oddCount_isTheMiddleDurationWhateverTheOrder() {
        Timings t = Timings.of(9_000_000, 1_000_000, 4_000_000);
        assertEquals(4.0, t.medianMillis());
        assertEquals(9.0, t.maxMillis());
        assertEquals(3, t.count());
    }

    @Test
    void medianMillis_evenCount_isTheMeanOfTheTwoMiddleDurations() {
        assertEquals(2.5, Timings.of(1_000_000, 2_000_000, 3_000_000, 10_000_000).medianMillis());
    }

    @Test
    void of_noDurations_isRefused() {
        assertThrows(IllegalArgumentException.class, Timings::of);
    }

    @Test
    void run_work_keepsOneDurationPerRun() {
        int[] calls = {0};
        Timings t = Timings.run(5, () -> calls[0]++);
        assertEquals(5, calls[0]);
        assertEquals(5, t.count());
        assertTrue(t.maxMillis() >= t.medianMillis());
    }

    @Test
    void line_millisecondsAndCounts_areTabSeparatedWithOneDecimalOrAWholeNumber() {
        assertEquals("minutes-docx\t42.5\tms", new Figure("minutes-docx", 42.46, "ms").line());
        assertEquals("members\t600\tcount", new Figure("members", 600, "count").line());
    }

    @Test
    void highWaterMark_statusFile_givesThePeakResidentSizeInMegabytes() {
        assertEquals(OptionalDouble.of(200.0), Memory.highWaterMark(List.of("VmPeak:\t 900000 kB",
                "VmHWM:\t  204800 kB", "VmRSS:\t 100000 kB")));
        assertEquals(OptionalDouble.empty(), Memory.highWaterMark(List.of("Name:\tjava")));
    }
}
