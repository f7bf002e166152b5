package vn.sochibo.ui.handover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.handover.HandoverFixtures;
import vn.sochibo.service.handover.HandoverService;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.backup.DatabaseHandle;

/** The hand-over steps from the window: file choosers, the confirmation, closing and always reopening the data. */
class HandoverActionsTest {
    @TempDir
    Path dir;
    private final TestUi t = new TestUi();
    private final List<String> calls = new ArrayList<>();

    @AfterEach
    void dispose() {
        t.dispose();
    }

    /** A handle that only records what was asked of it. */
    private DatabaseHandle handle(Path file) {
        return new DatabaseHandle() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public Optional<char[]> password() {
                return Optional.empty();
            }

            @Override
            public void closeForReplace() {
                calls.add("close");
            }

            @Override
            public void reopen() {
                calls.add("reopen");
            }
        };
    }

    private HandoverActions actions(Path db) {
        return new HandoverActions(t.ui, handle(db), new HandoverService(t.ui.clock()), () -> calls.add("start"),
                () -> calls.add("done"));
    }

    private Path kit() {
        Path db = HandoverFixtures.branchDatabase(dir.resolve("cu/sochibo.db"));
        return new HandoverService(t.ui.clock()).create(db, dir.resolve("cu/documents"), dir.resolve("k.sochibo"))
                .kit();
    }

    @Test
    void create_chosenName_writesTheKitWithItsExtensionAndReportsThePath() {
        Path db = HandoverFixtures.branchDatabase(dir.resolve("sochibo.db"));
        t.dialogs.answering(dir.resolve("giao cho bi thu moi"));
        actions(db).create();
        Path written = dir.resolve("giao cho bi thu moi.sochibo");
        assertTrue(Files.isRegularFile(written));
        assertEquals(List.of("ban-giao-CHI-BO-KHU-PHO-3-2026-11-21.sochibo"), t.dialogs.suggestedNames);
        assertTrue(t.dialogs.infos.get(0).startsWith("Đã tạo bộ bàn giao:\n" + written.toAbsolutePath() + "\n(8 đảng "
                + "viên, 0 tài liệu"), t.dialogs.infos.get(0));
        assertEquals(List.of("start", "done"), calls);
    }

    @Test
    void open_confirmed_closesOpensTheKitReopensAndReportsWhereTheOldDataIsKept() throws IOException {
        Path kit = kit();
        Path db = HandoverFixtures.branchDatabase(dir.resolve("moi/sochibo.db"));
        t.dialogs.answering(kit);
        actions(db).open();
        assertEquals(List.of("close", "start", "reopen", "done"), calls);
        assertTrue(t.dialogs.confirmations.get(0).startsWith("Mở bộ bàn giao của Chi bộ khu phố 3, tạo ngày "
                + "21/11/2026 (8 đảng viên, 0 tài liệu)?"), t.dialogs.confirmations.get(0));
        assertEquals(List.of("Đã mở bộ bàn giao của Chi bộ khu phố 3: 8 đảng viên, 0 tài liệu.\nDữ liệu cũ trên "
                + "máy này được giữ ở tệp " + dir.resolve("moi/sochibo-truoc-ban-giao-2026-11-21.db").toAbsolutePath()),
                t.dialogs.infos);
    }

    @Test
    void open_declined_neitherClosesNorChangesAnything() throws IOException {
        Path kit = kit();
        Path db = HandoverFixtures.branchDatabase(dir.resolve("moi/sochibo.db"));
        byte[] before = Files.readAllBytes(db);
        t.dialogs.answering(kit).answer = false;
        actions(db).open();
        assertEquals(List.of(), calls);
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void open_notAKit_showsTheErrorWithoutClosingTheData() {
        Path zip = HandoverFixtures.zip(dir.resolve("anh.sochibo"), Map.of("anh.jpg", new byte[] {1}));
        t.dialogs.answering(zip);
        actions(dir.resolve("sochibo.db")).open();
        assertEquals(List.of(), calls);
        assertEquals(List.of(), t.dialogs.confirmations);
        assertTrue(t.dialogs.errors.get(0).startsWith("Tệp anh.sochibo không phải là bộ bàn giao"));
    }

    @Test
    void open_failingAfterTheDataWasClosed_stillReopensIt() throws IOException {
        Path junk = Files.writeString(dir.resolve("rac.db"), "không phải SQLite ".repeat(200));
        Path kit = HandoverFixtures.kit(dir.resolve("hong.sochibo"), junk, HandoverFixtures.manifest(1, 2), Map.of());
        Path db = HandoverFixtures.branchDatabase(dir.resolve("moi/sochibo.db"));
        byte[] before = Files.readAllBytes(db);
        t.dialogs.answering(kit);
        actions(db).open();
        assertEquals(List.of("close", "start", "reopen", "done"), calls);
        assertTrue(t.dialogs.errors.get(0).startsWith("Bộ bàn giao hong.sochibo bị hỏng"), t.dialogs.errors.get(0));
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void create_cancelled_writesNothing() {
        actions(dir.resolve("sochibo.db")).create();
        assertEquals(List.of(), calls);
        assertEquals(List.of("ban-giao-2026-11-21.sochibo"), t.dialogs.suggestedNames);
    }
}
