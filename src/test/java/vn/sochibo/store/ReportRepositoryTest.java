package vn.sochibo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.model.report.ReportNote;
import vn.sochibo.model.report.ReportSection;

/** The monthly reports' texts and numbers in a real SQLite file. */
class ReportRepositoryTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 30, 20, 15, 7);
    @TempDir
    Path dir;
    private final ReportRepository repo = new ReportRepository();

    @Test
    void save_twiceAndAnotherSection_readsBackTheLatestTextOfEachSectionInOrder() {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            db.write(tx -> {
                repo.save(tx, new ReportNote(MARCH, ReportSection.PROPOSALS, "Đề nghị hỗ trợ.", AT));
                repo.save(tx, new ReportNote(MARCH, ReportSection.IDEOLOGY, "Ổn định.", AT));
                repo.save(tx, new ReportNote(MARCH, ReportSection.IDEOLOGY, "Ổn định, phấn khởi.", AT.plusMinutes(1)));
                repo.save(tx, new ReportNote(MARCH.plusMonths(1), ReportSection.IDEOLOGY, "Tháng sau.", AT));
                return null;
            });
            List<ReportNote> notes = db.read(tx -> repo.notes(tx, MARCH));
            assertEquals(List.of(new ReportNote(MARCH, ReportSection.IDEOLOGY, "Ổn định, phấn khởi.",
                    AT.plusMinutes(1)), new ReportNote(MARCH, ReportSection.PROPOSALS, "Đề nghị hỗ trợ.", AT)),
                    notes);
        }
    }

    @Test
    void saveNumber_onceThenAgain_keepsTheFirstAndRefusesTheSecond() {
        try (Database db = Database.open(dir.resolve("n.db"))) {
            assertEquals(Optional.empty(), db.read(tx -> repo.number(tx, MARCH)));
            db.write(tx -> {
                repo.saveNumber(tx, MARCH, 4);
                return null;
            });
            assertEquals(Optional.of(4), db.read(tx -> repo.number(tx, MARCH)));
            assertThrows(AppException.class, () -> db.write(tx -> {
                repo.saveNumber(tx, MARCH, 5);
                return null;
            }));
            assertEquals(Optional.of(4), db.read(tx -> repo.number(tx, MARCH)));
        }
    }
}
