package vn.sochibo.service.meeting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.export.doc.DocumentHeader;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.export.doc.PartyDocument;
import vn.sochibo.export.doc.Run;
import vn.sochibo.export.meeting.DocTexts;
import vn.sochibo.export.meeting.SignInSheetDocument;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.meeting.Meeting;
import vn.sochibo.model.meeting.RollCategory;
import vn.sochibo.service.Messages;
import vn.sochibo.store.BranchRepository;
import vn.sochibo.store.Database;

/** Builds the printable sign-in sheet of a meeting with the branch's header and margins. */
public final class SignInSheets {
    private final Database db;
    private final RollService roll;
    private final Messages messages;
    private final BranchRepository branches = new BranchRepository();

    public SignInSheets(Database db, RollService roll, Messages messages) {
        this.db = db;
        this.roll = roll;
        this.messages = messages;
    }

    /** The sign-in sheet of the meeting as a Party document (written to .docx or printed by the documents part). */
    public PartyDocument build(long meetingId) {
        Meeting meeting = roll.meeting(meetingId);
        BranchProfile branch = db.read(branches::load).orElse(null);
        PageMargins margins = branch == null ? PageMargins.DEFAULT : DocTexts.margins(branch);
        return SignInSheetDocument.build(roll.roll(meetingId), header(branch, meeting), margins, labels(meeting));
    }

    private DocumentHeader header(BranchProfile branch, Meeting meeting) {
        if (branch == null) {
            return new DocumentHeader("", "", "", "");
        }
        return new DocumentHeader(branch.superiorName().toUpperCase(messages.locale()),
                branch.branchName().toUpperCase(messages.locale()), "",
                DocTexts.placeDate(branch.placeName(), meeting.date()));
    }

    private SignInSheetDocument.Labels labels(Meeting meeting) {
        Map<RollCategory, String> notes = new EnumMap<>(RollCategory.class);
        for (RollCategory c : RollCategory.values()) {
            notes.put(c, messages.tr("roll.category." + c.name()));
        }
        return new SignInSheetDocument.Labels(messages.tr("roll.sign.title"),
                MeetingAttendanceSheet.subject(meeting, messages),
                List.of(messages.tr("roll.sheet.column.number"), messages.tr("roll.sheet.column.name"),
                        messages.tr("roll.sheet.column.grade"), messages.tr("roll.sign.column.sign"),
                        messages.tr("roll.sheet.column.note")),
                messages.tr("roll.grade.official"), messages.tr("roll.grade.probationary"),
                messages.tr("roll.sign.attached"), messages.tr("roll.sign.apart"), notes,
                List.of(Run.bold(messages.tr("roll.sign.signer")), Run.italic(messages.tr("roll.sign.signHint"))));
    }
}
