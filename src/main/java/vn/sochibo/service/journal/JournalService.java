package vn.sochibo.service.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.sochibo.export.XlsxWriter;
import vn.sochibo.model.AppException;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.journal.JournalEntry;
import vn.sochibo.service.Messages;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;
import vn.sochibo.store.JournalRepository;
import vn.sochibo.store.Tx;

/**
 * The change journal: who (the computer account, as the application has no user accounts) did what and when.
 * Lines are added in the same transaction as the change they describe where possible, and never edited or
 * deleted; they are read by period and exported to Excel.
 */
public final class JournalService {
    private final Database db;
    private final Clock clock;
    private final String actor;
    private final JournalRepository journal = new JournalRepository();
    private final BranchRepository branches = new BranchRepository();

    /** The journal written under the account running this program. */
    public JournalService(Database db, Clock clock) {
        this(db, clock, System.getProperty("user.name", ""));
    }

    /** The journal written under the given account name (tests, or a name chosen by the caller). */
    public JournalService(Database db, Clock clock, String actor) {
        this.db = db;
        this.clock = clock;
        this.actor = actor == null ? "" : actor;
    }

    public String actor() {
        return actor;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Adds a line in its own transaction (restores from a backup, hand-over openings). */
    public void record(JournalAction action, String subject, String details) {
        db.write(tx -> {
            record(tx, action, subject, details);
            return null;
        });
    }

    /** Adds a line inside the caller's transaction, so it is written exactly when the change is. */
    public void record(Tx tx, JournalAction action, String subject, String details) {
        journal.append(tx, new JournalEntry(LocalDateTime.now(clock), actor, action, subject, details));
    }

    /** The lines dated from {@code from} to {@code to} inclusive (either may be null for no limit), oldest first. */
    public List<JournalEntry> entries(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new AppException("journal.error.period", from, to);
        }
        LocalDateTime start = from == null ? null : from.atStartOfDay();
        LocalDateTime end = to == null ? null : to.plusDays(1).atStartOfDay();
        return db.read(tx -> journal.between(tx, start, end));
    }

    /** The same lines as texts in the language of {@code messages}. */
    public List<JournalLine> lines(LocalDate from, LocalDate to, Messages messages) {
        return entries(from, to).stream().map(e -> line(e, messages)).toList();
    }

    /** One line as shown: the action's label and the details in the chosen language. */
    public static JournalLine line(JournalEntry e, Messages messages) {
        return new JournalLine(e.at(), e.actor(), messages.tr("journal.action." + e.action().name()), e.subject(),
                JournalDetails.render(e.details(), messages));
    }

    /** Writes the given lines to an .xlsx file (Times New Roman, A4 landscape) titled with the branch's name. */
    public void export(List<JournalLine> lines, LocalDate from, LocalDate to, Path target, Messages messages) {
        String branch = db.read(branches::load).map(BranchProfile::branchName).orElse("");
        new XlsxWriter().write(List.of(JournalSheet.build(lines, branch, from, to, messages)), target);
    }
}
