package vn.sochibo.service.handover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.AppException;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterFixtures;
import vn.sochibo.store.Snapshots;

/** Kits that must not be opened are refused with a clear message, and the data already there is left untouched. */
class HandoverRefusalTest {
    private static final Messages VI = Messages.forLanguage("vi");
    private final HandoverService handover = new HandoverService(RosterFixtures.CLOCK);
    @TempDir
    Path dir;
    private Path target;
    private Path documents;
    private byte[] targetBytes;
    private List<String> targetFolder;
    private Path goodDatabase;

    @BeforeEach
    void existingData() throws IOException {
        target = dir.resolve("may/sochibo.db");
        try (Services s = RosterFixtures.open(target)) {
            s.members().insertAll(List.of(RosterFixtures.varied().get(0)));
        }
        documents = HandoverService.defaultDocuments(target);
        HandoverFixtures.documents(documents);
        targetBytes = Files.readAllBytes(target);
        targetFolder = HandoverFixtures.files(dir.resolve("may"));
        goodDatabase = dir.resolve("ban-sao.db");
        Snapshots.snapshot(HandoverFixtures.branchDatabase(dir.resolve("nguon/sochibo.db")), goodDatabase);
    }

    /** Opening must fail with the given message key and leave the target folder exactly as it was. */
    private AppException refused(Path kit, String key) throws IOException {
        AppException e = assertThrows(AppException.class, () -> handover.open(kit, target, documents));
        assertEquals(key, e.key(), VI.error(e));
        assertArrayEquals(targetBytes, Files.readAllBytes(target));
        assertEquals(targetFolder, HandoverFixtures.files(dir.resolve("may")));
        try (var leftovers = Files.list(dir.resolve("may"))) {
            assertEquals(List.of(), leftovers.filter(p -> p.getFileName().toString().startsWith(".")).toList());
        }
        return e;
    }

    @Test
    void open_newerFormat_isRefusedNamingBothVersions() throws IOException {
        Path kit = HandoverFixtures.kit(dir.resolve("moi.sochibo"), goodDatabase, HandoverFixtures.manifest(2, 2),
                Map.of());
        String message = VI.error(refused(kit, "handover.error.newerFormat"));
        assertTrue(message.contains("định dạng số 2, mới hơn định dạng số 1"), message);
    }

    @Test
    void open_newerSchemaInManifest_isRefusedNamingBothVersions() throws IOException {
        Path kit = HandoverFixtures.kit(dir.resolve("moi.sochibo"), goodDatabase, HandoverFixtures.manifest(1, 99),
                Map.of());
        String message = VI.error(refused(kit, "handover.error.newerSchema"));
        assertTrue(message.contains("phiên bản lược đồ 99, mới hơn phiên bản 5"), message);
        assertTrue(message.contains("Sổ Chi Bộ 9.9.9"), message);
    }

    @Test
    void open_newerSchemaInsideTheDatabase_isRefusedEvenWhenTheManifestSaysOtherwise() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + goodDatabase);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        Path kit = HandoverFixtures.kit(dir.resolve("moi.sochibo"), goodDatabase, HandoverFixtures.manifest(1, 2),
                Map.of());
        refused(kit, "handover.error.newerSchema");
    }

    @Test
    void open_entryClimbingOutWithDotDot_isRefusedAndWritesNothing() throws IOException {
        byte[] evil = "x".getBytes(StandardCharsets.UTF_8);
        Path kit = HandoverFixtures.kit(dir.resolve("xau.sochibo"), goodDatabase, HandoverFixtures.manifest(1, 2),
                Map.of("documents/../../evil.txt", evil));
        String message = VI.error(refused(kit, "handover.error.unsafeEntry"));
        assertTrue(message.contains("documents/../../evil.txt"), message);
        assertTrue(Files.notExists(dir.resolve("evil.txt")));
    }

    @Test
    void open_absoluteOrBackslashEntries_areRefused() throws IOException {
        for (String name : new String[] {"/tmp/evil.txt", "documents\\..\\..\\evil.txt", "C:/evil.txt"}) {
            Path kit = HandoverFixtures.kit(dir.resolve("xau.sochibo"), goodDatabase,
                    HandoverFixtures.manifest(1, 2), Map.of(name, new byte[] {1}));
            refused(kit, "handover.error.unsafeEntry");
        }
    }

    @Test
    void open_randomZip_isNotAKit() throws IOException {
        Path kit = HandoverFixtures.zip(dir.resolve("anh.sochibo"), Map.of("anh.jpg", new byte[] {1, 2, 3}));
        String message = VI.error(refused(kit, "handover.error.notKit"));
        assertEquals("Tệp anh.sochibo không phải là bộ bàn giao của Sổ Chi Bộ. Dữ liệu trên máy không bị thay đổi.",
                message);
    }

    @Test
    void open_fileThatIsNoZipAtAll_isNotAKit() throws IOException {
        Path kit = Files.writeString(dir.resolve("ghi-chu.sochibo"), "chỉ là văn bản");
        refused(kit, "handover.error.notKit");
    }

    @Test
    void open_truncatedKit_isDamaged() throws IOException {
        CreatedKit good = handover.create(HandoverFixtures.branchDatabase(dir.resolve("nguon2/sochibo.db")),
                dir.resolve("khong-co"), dir.resolve("tot.sochibo"));
        int half = (int) Files.size(good.kit()) / 2;
        refused(HandoverFixtures.truncated(good.kit(), dir.resolve("dut.sochibo"), half), "handover.error.damaged");
    }

    @Test
    void open_databaseEntryThatIsNotADatabase_isDamaged() throws IOException {
        Path junk = Files.writeString(dir.resolve("rac.db"), "không phải SQLite ".repeat(200));
        Path kit = HandoverFixtures.kit(dir.resolve("rac.sochibo"), junk, HandoverFixtures.manifest(1, 2), Map.of());
        refused(kit, "handover.error.damaged");
    }

    @Test
    void open_whileTheDataIsOpenInAnotherWindow_isRefusedAsBusy() throws IOException {
        CreatedKit good = handover.create(HandoverFixtures.branchDatabase(dir.resolve("nguon2/sochibo.db")),
                dir.resolve("khong-co"), dir.resolve("tot.sochibo"));
        try (Services stillOpen = RosterFixtures.open(target)) {
            targetFolder = HandoverFixtures.files(dir.resolve("may"));
            AppException e = assertThrows(AppException.class, () -> handover.open(good.kit(), target, documents));
            assertEquals("db.error.busy", e.key());
            assertEquals(1, stillOpen.members().count());
            assertEquals(targetFolder, HandoverFixtures.files(dir.resolve("may")));
        }
        assertArrayEquals(targetBytes, Files.readAllBytes(target));
    }

    @Test
    void open_missingKit_saysNotFound() throws IOException {
        refused(dir.resolve("khong-co.sochibo"), "handover.error.notFound");
    }
}
