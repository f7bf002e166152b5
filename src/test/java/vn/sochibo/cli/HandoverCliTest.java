package vn.sochibo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.service.handover.HandoverFixtures;

/** {@code handover create} and {@code handover open}: exit 0 or 1 with one line, Vietnamese or English. */
class HandoverCliTest {
    @TempDir
    Path dir;

    private Path oldComputer() {
        Path db = HandoverFixtures.branchDatabase(dir.resolve("cu/sochibo.db"));
        HandoverFixtures.documents(dir.resolve("cu/documents"));
        return db;
    }

    @Test
    void createThenOpen_inVietnamese_exitZeroWithOneLineEach() {
        Path kit = dir.resolve("ban-giao.sochibo");
        RosterCliTest.Run created = RosterCliTest.run("handover", "create", "--db", oldComputer().toString(),
                "--out", kit.toString());
        assertEquals(0, created.code(), created.err());
        assertEquals(List.of("Đã tạo bộ bàn giao " + kit.toAbsolutePath() + " (8 đảng viên, 1 tài liệu)."),
                created.out().lines().toList());

        Path newDb = dir.resolve("moi/sochibo.db");
        RosterCliTest.Run opened = RosterCliTest.run("handover", "open", "--db", newDb.toString(), "--from",
                kit.toString());
        assertEquals(0, opened.code(), opened.err());
        assertEquals(List.of("Đã mở bộ bàn giao của Chi bộ khu phố 3 vào " + newDb.toAbsolutePath()
                + ": 8 đảng viên, 1 tài liệu."), opened.out().lines().toList());
        assertEquals(8, RosterCliTest.run("members", "--db", newDb.toString(), "--status", "all").out().lines()
                .count());
        assertEquals(List.of(HandoverFixtures.RECENT), HandoverFixtures.files(dir.resolve("moi/documents")));
    }

    @Test
    void open_overExistingDataInEnglish_saysWhereTheOldDataIsKept() {
        Path kit = dir.resolve("k.sochibo");
        Path old = oldComputer();
        RosterCliTest.run("handover", "create", "--db", old.toString(), "--out", kit.toString(),
                "--documents", dir.resolve("cu/documents").toString());
        Path db = old.resolveSibling("khac.db");
        RosterCliTest.run("demo", "--db", db.toString(), "--members", "3");
        RosterCliTest.Run r = RosterCliTest.run("--lang", "en", "handover", "open", "--db", db.toString(), "--from",
                kit.toString(), "--documents", dir.resolve("docs").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        String kept = db.resolveSibling("khac-truoc-ban-giao-").toAbsolutePath().toString();
        assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote("Opened the hand-over kit of Chi bộ khu phố 3 "
                + "into " + db.toAbsolutePath() + " (members: 8, documents: 1). The earlier data is kept in " + kept)
                + "\\d{4}-\\d{2}-\\d{2}\\.db\\."), lines.get(0));
    }

    @Test
    void open_randomZip_exitsOneWithOneLineInEitherLanguageAndChangesNothing() throws IOException {
        Path db = oldComputer();
        byte[] before = Files.readAllBytes(db);
        Path zip = HandoverFixtures.zip(dir.resolve("anh.zip"), Map.of("anh.jpg", new byte[] {1}));
        RosterCliTest.Run vi = RosterCliTest.run("handover", "open", "--db", db.toString(), "--from", zip.toString());
        assertEquals(1, vi.code());
        assertEquals(List.of("Tệp anh.zip không phải là bộ bàn giao của Sổ Chi Bộ. Dữ liệu trên máy không bị thay "
                + "đổi."), vi.errLines());
        RosterCliTest.Run en = RosterCliTest.run("handover", "open", "--lang", "en", "--db", db.toString(), "--from",
                zip.toString());
        assertEquals(1, en.code());
        assertEquals(List.of("The file anh.zip is not a Sổ Chi Bộ hand-over kit. The data on this computer was not "
                + "changed."), en.errLines());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals("", vi.out() + en.out());
    }

    @Test
    void create_missingDatabase_exitsOneWithOneLine() {
        Path missing = dir.resolve("khong-co.db");
        RosterCliTest.Run r = RosterCliTest.run("handover", "create", "--db", missing.toString(), "--out",
                dir.resolve("k.sochibo").toString());
        assertEquals(1, r.code());
        assertEquals(List.of("Không có tệp dữ liệu " + missing + " để tạo bộ bàn giao."), r.errLines());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void open_withoutFrom_exitsOneAndPointsToHelp() {
        RosterCliTest.Run r = RosterCliTest.run("handover", "open", "--db", dir.resolve("x.db").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size());
        assertTrue(r.errLines().get(0).contains("sochibo handover open --help"), r.err());
    }

    @Test
    void help_describesBothCommands() {
        RosterCliTest.Run r = RosterCliTest.run("handover", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Tạo bộ bàn giao từ tệp dữ liệu"), r.out());
        assertTrue(r.out().contains("Mở bộ bàn giao vào tệp dữ liệu"), r.out());
    }
}
