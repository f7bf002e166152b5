package vn.sochibo.service.member.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.RosterWorkbook;
import vn.sochibo.model.AppException;
import vn.sochibo.model.journal.JournalAction;
import vn.sochibo.model.journal.JournalEntry;
import vn.sochibo.service.Messages;
import vn.sochibo.service.member.MemberEntry;
import vn.sochibo.testutil.MemberBuilder;

/** A roster import journals how many members came from which file, in the import's own transaction. */
class JournalRosterImportTest extends RosterDatabaseTest {
    private Path twoMembers() {
        return new RosterWorkbook().sheet("Sheet1").row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Ngày vào Đảng",
                        "Số CCCD")
                .row(2, "Nguyễn Văn An", "Nam", "12/03/1950", "19/05/1975", "001050012345")
                .row(3, "Trần Thị Bích", "Nữ", "01/08/1962", "03/02/1990", "001162012345")
                .write(dir.resolve("danh sách.xlsx"));
    }

    @Test
    void importPreviewed_cleanFile_journalsCountAndFileName() {
        assertEquals(2, roster.importPreviewed(roster.preview(twoMembers())));
        List<JournalEntry> lines = services.journal().entries(null, null);
        assertEquals(1, lines.size());
        assertEquals(JournalAction.ROSTER_IMPORTED, lines.get(0).action());
        assertEquals("danh sách.xlsx", lines.get(0).subject());
        assertEquals("2 đảng viên", services.journal().lines(null, null, Messages.forLanguage("vi")).get(0)
                .details());
    }

    @Test
    void importPreviewed_failingInTheDatabase_writesNeitherMembersNorJournalLine() {
        RosterPreview preview = roster.preview(twoMembers());
        // someone enters the second member by hand between the preview and the import: the unique ID number fails
        services.members().save(MemberBuilder.member().name("Trần Thị Bích").female().personalId("001162012345")
                .build(), MemberEntry.admittedHere());
        int before = services.journal().entries(null, null).size();
        assertThrows(AppException.class, () -> roster.importPreviewed(preview));
        assertEquals(1, services.members().count());
        assertEquals(before, services.journal().entries(null, null).size());
        assertEquals(List.of(JournalAction.MEMBER_CREATED), services.journal().entries(null, null).stream()
                .map(JournalEntry::action).toList());
    }
}
