package vn.sochibo.service.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.sochibo.export.XlsxWriter;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.service.Messages;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;

/**
 * Excel workbooks of attendance for the ward (rules.md §6): one meeting's roll with its counts, and a year's
 * matrix of members × months of the regular meetings with rates. Times New Roman, A4 landscape.
 */
public final class AttendanceWorkbooks {
    private final Database db;
    private final RollService roll;
    private final Messages messages;
    private final BranchRepository branches = new BranchRepository();

    /** Workbooks in the language of {@code messages} (the ward reads Vietnamese). */
    public AttendanceWorkbooks(Database db, RollService roll, Messages messages) {
        this.db = db;
        this.roll = roll;
        this.messages = messages;
    }

    /** Writes one meeting's attendance sheet; returns the number of people on its roll. */
    public int writeMeeting(long meetingId, Path target) {
        var meeting = roll.meeting(meetingId);
        var r = roll.roll(meetingId);
        new XlsxWriter().write(List.of(MeetingAttendanceSheet.build(meeting, r, branchName(), messages)), target);
        return r.entries().size();
    }

    /** Writes the year's matrix over its regular meetings; returns the number of regular meetings found. */
    public int writeYear(int year, Path target) {
        List<MeetingRoll> regular = roll.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(mr -> mr.meeting().type() == MeetingType.REGULAR).toList();
        AttendanceYear matrix = AttendanceYear.of(regular);
        new XlsxWriter().write(List.of(YearAttendanceSheet.build(year, matrix, branchName(), messages)), target);
        return regular.size();
    }

    private String branchName() {
        return db.read(branches::load).map(BranchProfile::branchName).orElse("");
    }
}
