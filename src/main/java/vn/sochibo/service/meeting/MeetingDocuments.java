package vn.sochibo.service.meeting;

import java.nio.file.Path;
import java.time.Clock;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.store.Database;

/**
 * The documents of a meeting as Party documents (minutes, monthly resolution, printable agenda, invitation), their
 * plain text (kept with each adopted version, read back aloud), and writing them as .docx.
 */
public final class MeetingDocuments {
    private final Database db;
    private final Clock clock;

    public MeetingDocuments(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The minutes (biên bản) of the meeting in the layout of its type (rules.md §4.3–4.5). */
    public PartyDocument minutes(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** The monthly resolution (nghị quyết, rules.md §4.6) of the meeting. */
    public PartyDocument resolution(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** The printable agenda (chương trình) of the meeting. */
    public PartyDocument agenda(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** The invitation (thông báo) for members without phones: date, time, place, agenda. */
    public PartyDocument invitation(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** The minutes as plain text, line by line, as kept with an adopted version and read back in the meeting. */
    public String minutesText(long meetingId) {
        throw new UnsupportedOperationException("pending");
    }

    /** Writes a document as .docx (temporary file, then moved into place); returns the file written. */
    public Path write(PartyDocument document, Path target) {
        throw new UnsupportedOperationException("pending");
    }
}
