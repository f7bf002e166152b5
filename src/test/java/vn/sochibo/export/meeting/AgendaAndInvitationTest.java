package vn.sochibo.export.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.doc.DocxReading;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.meeting.MeetingType;

/** The printable programme runs its times on from the start; the notice tells when, where, what, and who signs. */
class AgendaAndInvitationTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 2, 1);

    @Test
    void agenda_times_runOnFromTheStartByPlannedMinutes() {
        MinutesContent c = MinutesFixtures.content(MeetingType.REGULAR, false);
        XWPFDocument doc = DocxReading.roundTrip(AgendaDocument.build(c.branch(), c.meeting(), c.items(), ISSUED));
        XWPFTable table = doc.getTables().get(1);
        assertEquals(List.of("19:30 – 19:35"), DocxReading.cell(table, 1, 1));
        assertEquals(List.of("19:35 – 19:37"), DocxReading.cell(table, 2, 1));
        assertEquals(List.of("21:00 – 21:05"), DocxReading.cell(table, 12, 1));
        assertEquals(List.of("Thông qua biên bản"), DocxReading.cell(table, 12, 2));
        List<String> body = DocxReading.body(doc);
        assertTrue(body.contains("CHƯƠNG TRÌNH"));
        assertTrue(body.contains("Tổng thời gian dự kiến: 95 phút; kết thúc khoảng 21 giờ 05."), body.toString());
        assertEquals("Phường Hòa Bình, ngày 01 tháng 02 năm 2026",
                DocxReading.cell(doc.getTables().get(0), 0, 1).get(2));
    }

    @Test
    void invitation_withCommittee_dateTimePlaceItemsAndSignedForTheCommittee() {
        MinutesContent c = MinutesFixtures.content(MeetingType.REGULAR, false);
        XWPFDocument doc = DocxReading.roundTrip(InvitationDocument.build(c.branch(), c.meeting(), c.items(),
                "Nguyễn Văn An", ISSUED));
        List<String> body = DocxReading.body(doc);
        assertTrue(body.contains("THÔNG BÁO"));
        assertTrue(body.contains("- Thời gian: 19 giờ 30 phút, thứ Năm, ngày 05 tháng 02 năm 2026."), body.toString());
        assertTrue(body.contains("- Địa điểm: Nhà văn hóa khu phố 3."));
        assertTrue(body.contains("+ Thông tin thời sự, văn bản cấp trên;"));
        assertTrue(body.contains("Đề nghị các đồng chí đảng viên đến dự đầy đủ, đúng giờ."));
        List<String> right = DocxReading.cell(DocxReading.last(doc), 0, 1);
        assertEquals(List.of("T/M CHI ỦY", "BÍ THƯ"), right.subList(0, 2));
        assertEquals("Nguyễn Văn An", right.get(right.size() - 1));
    }

    @Test
    void invitation_withoutCommittee_signedForTheBranch() {
        MinutesContent c = MinutesFixtures.content(MeetingType.REGULAR, false);
        BranchProfile noCommittee = c.branch().withOfficers(List.of(new Officer(1, OfficerRole.SECRETARY)));
        XWPFDocument doc = DocxReading.roundTrip(InvitationDocument.build(noCommittee, c.meeting(), c.items(),
                "Nguyễn Văn An", ISSUED));
        assertEquals("T/M CHI BỘ", DocxReading.cell(DocxReading.last(doc), 0, 1).get(0));
    }
}
