package vn.sochibo.service.meeting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.meeting.RollSummary;
import vn.sochibo.service.Services;

/** A fresh database file per test with the meeting services on a fixed clock. */
abstract class MeetingTestBase {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 21, 5, 30);
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("m.db"), Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** A roll summary with only the numbers votes use. */
    static RollSummary summary(int presentOfficial, int denominator) {
        return new RollSummary(denominator + 2, denominator, 2, 0, 0, 0, 0, denominator + 2, presentOfficial + 1,
                presentOfficial, 1, 0, List.of(), List.of(), 0, denominator);
    }
}
