package vn.sochibo.service.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.sochibo.model.AppException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.service.journal.JournalDetails;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.store.Database;
import vn.sochibo.store.HandoverSnapshot;
import vn.sochibo.store.OwnerOnly;
import vn.sochibo.store.Snapshots;

/**
 * One opening of a kit: unpack and check everything in a working folder beside the target, keep the existing
 * database as a copy, rename the new one into place, restore the documents and journal the opening.
 */
final class KitOpening {
    private static final String KEPT = "truoc-ban-giao";
    private final Clock clock;
    private final Path kit;
    private final Path targetDb;
    private final Path targetDocuments;
    private final LocalDate today;

    KitOpening(Clock clock, Path kit, Path targetDb, Path targetDocuments) {
        this.clock = clock;
        this.kit = kit;
        this.targetDb = targetDb;
        this.targetDocuments = targetDocuments;
        this.today = LocalDate.now(clock);
    }

    OpenedKit run() {
        try (KitReader reader = KitReader.open(kit)) {
            KitManifest manifest = reader.manifest();
            Files.createDirectories(targetDb.getParent());
            try (Staging staging = Staging.in(targetDb.getParent())) {
                Path db = staging.path(KitPaths.DATABASE);
                reader.extractDatabase(db);
                HandoverChecks.database(db, kit.getFileName().toString(), manifest.appVersion());
                Path documents = staging.path("documents");
                reader.extractDocuments(documents);
                Optional<Path> kept = keepExisting();
                Staging.moveIntoPlace(db, targetDb);
                int restored = DocumentsFolder.restore(documents, targetDocuments, "." + KEPT + "-" + today);
                journal(manifest);
                return new OpenedKit(manifest, kept, restored);
            }
        } catch (IOException e) {
            throw new AppException("handover.error.cannotWrite", e, targetDb.toString());
        }
    }

    /**
     * Copies the database already at the target (if any) to "…-truoc-ban-giao-&lt;date&gt;.db" beside it. Its
     * write-ahead log is first moved into the file; a log still there afterwards means another program has the
     * file open, and nothing is replaced.
     */
    private Optional<Path> keepExisting() throws IOException {
        if (!Files.exists(targetDb)) {
            return Optional.empty();
        }
        Path copy = keptName();
        try {
            HandoverSnapshot.settle(targetDb);
            refuseIfOpenElsewhere();
            Snapshots.snapshot(targetDb, copy);
        } catch (AppException e) {
            if (!"db.error.notDatabase".equals(e.key())) {
                throw e;
            }
            Files.copy(targetDb, copy);
            OwnerOnly.restrict(copy);
        }
        return Optional.of(copy);
    }

    /** SQLite removes the log and shared-memory files when the last connection closes; if they remain, one is open. */
    private void refuseIfOpenElsewhere() {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            if (Files.exists(targetDb.resolveSibling(targetDb.getFileName() + suffix))) {
                throw new AppException("db.error.busy");
            }
        }
    }

    private Path keptName() {
        String name = targetDb.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        Path candidate = targetDb.resolveSibling(stem + "-" + KEPT + "-" + today + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = targetDb.resolveSibling(stem + "-" + KEPT + "-" + today + "-" + n + ".db");
        }
        return candidate;
    }

    /** Records the opening in the data just opened (migrating it first when it comes from an older version). */
    private void journal(KitManifest m) {
        try (Database db = Database.open(targetDb)) {
            new JournalService(db, clock).record(JournalAction.HANDOVER_OPENED, kit.getFileName().toString(),
                    JournalDetails.of("journal.details.handover", m.branchName(), m.memberCount(),
                            m.createdAt().toLocalDate(), m.appVersion()));
        }
    }
}
