package vn.sochibo.service;

import java.nio.file.Path;
import java.time.Clock;
import vn.sochibo.service.branch.BranchService;
import vn.sochibo.service.journal.JournalService;
import vn.sochibo.service.meeting.MeetingServices;
import vn.sochibo.service.member.MemberService;
import vn.sochibo.service.report.SummaryService;
import vn.sochibo.service.study.StudyDocuments;
import vn.sochibo.service.study.StudyService;
import vn.sochibo.store.Database;

/** The services over one open database file; closing it closes the file. */
public record Services(Database database, MemberService members, BranchService branch, MeetingServices meeting)
        implements AutoCloseable {

    /** The services on an open database. */
    public static Services on(Database db, Clock clock) {
        MemberService members = new MemberService(db, clock);
        return new Services(db, members, new BranchService(db), MeetingServices.on(db, clock, members.journal()));
    }

    /** Opens (creating and migrating if needed) the database and builds the services on it. */
    public static Services open(Path file, Clock clock) {
        return on(Database.open(file), clock);
    }

    /** The change journal of the open database. */
    public JournalService journal() {
        return members.journal();
    }

    /**
     * Opens the database for a command that only reads: like {@link #open} when no other copy of the program is
     * using it, else read-only beside that copy (writes are then refused with a message naming the file).
     */
    public static Services openForReading(Path file, Clock clock) {
        return on(Database.openForReading(file), clock);
    }

    /** The study sessions of the open database (rules.md §7). */
    public StudyService study() {
        return new StudyService(database, journal());
    }

    /** The study sessions' Excel and Word documents. */
    public StudyDocuments studyDocuments() {
        return new StudyDocuments(this);
    }

    /** The quarterly and yearly summaries for the ward committee. */
    public SummaryService summary() {
        return new SummaryService(this);
    }

    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
