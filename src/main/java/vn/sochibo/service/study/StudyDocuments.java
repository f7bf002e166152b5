package vn.sochibo.service.study;

import java.nio.file.Path;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.service.Services;

/** The study sessions' documents for the ward: Excel per session and per year, and the printable attendance list. */
public final class StudyDocuments {
    private final Services services;

    public StudyDocuments(Services services) {
        this.services = services;
    }

    /** Writes the year's workbook: members × sessions with participation rates per member and per session. */
    public void writeYear(int year, Path out) {
        throw new UnsupportedOperationException("pending");
    }

    /** Writes one session's attendance workbook (expected members, marks, reasons, make-ups, reflections, rate). */
    public void writeSession(long sessionId, Path out) {
        throw new UnsupportedOperationException("pending");
    }

    /** The printable attendance list of one session, laid out like the other party documents. */
    public PartyDocument attendanceList(long sessionId) {
        throw new UnsupportedOperationException("pending");
    }

    /** Writes the printable attendance list of one session as Word. */
    public void writeAttendanceList(long sessionId, Path out) {
        throw new UnsupportedOperationException("pending");
    }
}
