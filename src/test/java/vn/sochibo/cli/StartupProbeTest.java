package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The line the window prints under --startup-probe, which the startup script reads. */
class StartupProbeTest {
    @Test
    void line_frameAfterTheRuntimeStarted_printsTheMillisecondsBetween() {
        assertEquals("startup-ms 734", StartupProbe.line(1_700_000_000_734L, 1_700_000_000_000L));
    }

    @Test
    void line_wallClockSetBackDuringStart_neverPrintsANegativeTime() {
        assertEquals("startup-ms 0", StartupProbe.line(1_000L, 5_000L));
    }
}
