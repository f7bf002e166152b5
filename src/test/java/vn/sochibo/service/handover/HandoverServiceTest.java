package vn.sochibo.service.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.service.handover.HandoverFixtures.OLD;
import static vn.sochibo.service.handover.HandoverFixtures.RECENT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.journal.JournalEntry;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.service.Messages;
import vn.sochibo.service.Services;
import vn.sochibo.service.member.roster.RosterFixtures;

/** A kit made on one computer opens on another with the same members, events, recent documents and a journal line. */
class HandoverServiceTest {
    private final HandoverService handover = new HandoverService(RosterFixtures.CLOCK);
    @TempDir
    Path dir;

    private CreatedKit kitFromBranch() {
        Path db = HandoverFixtures.branchDatabase(dir.resolve("may-cu/sochibo.db"));
        HandoverFixtures.documents(HandoverService.defaultDocuments(db));
        return handover.create(db, HandoverService.defaultDocuments(db), dir.resolve("may-cu"));
    }

    private static List<String> histories(Path db) {
        try (Services s = RosterFixtures.open(db)) {
            return s.members().all().stream().sorted(Comparator.comparing(h -> h.member().fullName()))
                    .map(HandoverServiceTest::describe).toList();
        }
    }

    private static String describe(MemberHistory h) {
        return h.member().withId(0) + " " + h.events().stream().map(e -> e.withId(0, 0)).toList();
    }

    @Test
    void create_branchWithDocuments_writesOneOwnerOnlyKitWithManifestDatabaseAndRecentDocuments() throws IOException {
        CreatedKit kit = kitFromBranch();
        assertEquals(dir.resolve("may-cu/ban-giao-CHI-BO-KHU-PHO-3-2026-11-21.sochibo").toAbsolutePath(), kit.kit());
        try (ZipFile zip = new ZipFile(kit.kit().toFile())) {
            assertEquals(List.of("manifest.properties", "sochibo.db", "documents/" + RECENT),
                    zip.stream().map(e -> e.getName()).toList());
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry("manifest.properties"))) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertEquals("1", p.getProperty("format"));
            assertEquals("5", p.getProperty("schemaVersion"));
            assertEquals("8", p.getProperty("memberCount"));
            assertEquals("Chi bộ khu phố 3", p.getProperty("branchName"));
            assertEquals("2026-11-21T10:00", p.getProperty("createdAt"));
            assertFalse(p.getProperty("appVersion").isBlank());
        }
        if (Files.getFileStore(kit.kit()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kit.kit())));
        }
        assertEquals(List.of(kit.kit().getFileName().toString(), "sochibo.db"), HandoverFixtures.files(dir
                .resolve("may-cu")).stream().filter(f -> !f.startsWith("documents/")).toList());
    }

    @Test
    void open_onAnotherComputer_bringsSameMembersEventsRecentDocumentsAndAJournalLine() {
        CreatedKit kit = kitFromBranch();
        Path newDb = dir.resolve("may-moi/du lieu/sochibo.db");
        Path newDocs = HandoverService.defaultDocuments(newDb);

        OpenedKit opened = handover.open(kit.kit(), newDb, newDocs);

        assertEquals(histories(dir.resolve("may-cu/sochibo.db")), histories(newDb));
        assertEquals(8, histories(newDb).size());
        assertTrue(histories(newDb).stream().anyMatch(h -> h.contains("EXEMPTED_TEMPORARILY")), "the hand-added event");
        assertEquals(List.of(RECENT), HandoverFixtures.files(newDocs));
        assertEquals(1, opened.documents());
        assertTrue(opened.keptCopy().isEmpty());
        try (Services s = RosterFixtures.open(newDb)) {
            JournalEntry last = s.journal().entries(null, null).get(s.journal().entries(null, null).size() - 1);
            assertEquals(JournalAction.HANDOVER_OPENED, last.action());
            assertEquals(kit.kit().getFileName().toString(), last.subject());
            assertEquals(System.getProperty("user.name"), last.actor());
            assertTrue(s.journal().lines(null, null, Messages.forLanguage("vi")).get(s.journal().entries(null, null)
                    .size() - 1).details().startsWith("Bộ bàn giao của Chi bộ khu phố 3: 8 đảng viên, tạo ngày "
                    + "21/11/2026"));
        }
    }

    @Test
    void open_overExistingData_keepsItAsACopyBesideIt() {
        CreatedKit kit = kitFromBranch();
        Path target = dir.resolve("may-moi/sochibo.db");
        try (Services s = RosterFixtures.open(target)) {
            s.members().insertAll(List.of(RosterFixtures.varied().get(1)));
        }
        List<String> before = histories(target);

        OpenedKit opened = handover.open(kit.kit(), target, HandoverService.defaultDocuments(target));

        Path kept = dir.resolve("may-moi/sochibo-truoc-ban-giao-2026-11-21.db");
        assertEquals(kept.toAbsolutePath(), opened.keptCopy().orElseThrow());
        assertEquals(before, histories(kept));
        assertEquals(8, histories(target).size());
        assertFalse(HandoverFixtures.files(dir.resolve("may-moi")).stream().anyMatch(f -> f.contains(".sochibo-ban")));
    }

    @Test
    void open_documentAlreadyThereAndDifferent_keepsTheOldOneUnderAnotherName() {
        CreatedKit kit = kitFromBranch();
        Path target = dir.resolve("may-moi/sochibo.db");
        Path docs = HandoverService.defaultDocuments(target);
        HandoverFixtures.write(docs.resolve(RECENT), "bản nháp khác", java.time.LocalDateTime.of(2026, 10, 6, 8, 0));

        handover.open(kit.kit(), target, docs);

        assertEquals(List.of("bien-ban/2026-10-05 họp chi bộ.docx",
                "bien-ban/2026-10-05 họp chi bộ.truoc-ban-giao-2026-11-21.docx"), HandoverFixtures.files(docs));
    }

    @Test
    void suggestedName_branchNameWithDiacritics_isPlainCapitals() {
        assertEquals("ban-giao-CHI-BO-KHU-PHO-3-2026-11-21.sochibo",
                HandoverService.suggestedName("Chi bộ Khu phố 3", java.time.LocalDate.of(2026, 11, 21)));
        assertEquals("ban-giao-2026-11-21.sochibo", HandoverService.suggestedName("", java.time.LocalDate.of(2026,
                11, 21)));
    }

    @Test
    void create_olderThanAYearDocumentsOnly_kitHasNoDocuments() {
        Path db = HandoverFixtures.branchDatabase(dir.resolve("sochibo.db"));
        Path docs = dir.resolve("tai-lieu");
        HandoverFixtures.write(docs.resolve(OLD), "cũ", java.time.LocalDateTime.of(2025, 11, 20, 9, 0));
        CreatedKit kit = handover.create(db, docs, dir.resolve("kit.sochibo"));
        assertEquals(0, kit.manifest().documentCount());
        assertEquals(8, handover.inspect(kit.kit()).memberCount());
    }
}
