package vn.sochibo.export.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.doc.DocxReading;
import vn.sochibo.export.doc.PlainText;
import vn.sochibo.model.meeting.MeetingType;
import vn.sochibo.model.meeting.RollSummary;

/** The minutes read back from the .docx carry the roll's numbers, the notes by item, votes, grade and signatures. */
class MinutesDocumentTest {
    private static XWPFDocument minutes(MeetingType type, boolean adopted) {
        return DocxReading.roundTrip(MinutesDocument.build(MinutesFixtures.content(type, adopted)));
    }

    private static List<String> body(MeetingType type, boolean adopted) {
        return DocxReading.body(minutes(type, adopted));
    }

    @Test
    void build_regular_attendanceBlockPrintsTheRollNumbersExactly() {
        RollSummary r = MinutesFixtures.roll();
        List<String> body = body(MeetingType.REGULAR, true);
        assertTrue(body.contains("+ Tổng số đảng viên của chi bộ: " + r.total() + " (chính thức " + r.official()
                + ", dự bị " + r.probationary() + "); đảng viên sinh hoạt tạm thời đến: " + r.attached() + "."), 
                body.toString());
        assertTrue(body.contains("+ Được miễn công tác và sinh hoạt đảng: 2; giới thiệu sinh hoạt tạm thời đi nơi "
                + "khác: 1."));
        assertTrue(body.contains("+ Có mặt: 20 (chính thức 17, dự bị 2, sinh hoạt tạm thời 1)."));
        assertTrue(body.contains("+ Vắng mặt: 3; có lý do: 2 (Trần Văn Bình – ốm; Phạm Thị Cúc – đi công tác); "
                + "không có lý do: 1 (Đỗ Văn Dũng)."));
    }

    @Test
    void build_adopted_numberedAndSaysItWasReadBackAndAdopted() {
        XWPFDocument doc = minutes(MeetingType.REGULAR, true);
        assertEquals("Số 03-BB/CB", DocxReading.cell(doc.getTables().get(0), 0, 0).get(3));
        assertTrue(DocxReading.body(doc).contains("Buổi sinh hoạt kết thúc lúc 21 giờ 05 cùng ngày. Biên bản đã được "
                + "đọc lại và thông qua trước chi bộ."));
        assertFalse(DocxReading.body(doc).contains(MinutesDocument.DRAFT_NOTE));
    }

    @Test
    void build_notAdopted_marksTheDraftAndLeavesOutTheAdoptionSentence() {
        XWPFDocument doc = minutes(MeetingType.REGULAR, false);
        List<String> body = DocxReading.body(doc);
        assertTrue(body.contains(MinutesDocument.DRAFT_NOTE));
        assertTrue(body.contains("Buổi sinh hoạt kết thúc lúc 21 giờ 05 cùng ngày."));
        assertEquals("", DocxReading.cell(doc.getTables().get(0), 0, 0).get(3));
    }

    @Test
    void build_regular_titleSubtitleAndSectionsInOrder() {
        List<String> body = body(MeetingType.REGULAR, true);
        assertTrue(body.contains("BIÊN BẢN"));
        assertTrue(body.contains("sinh hoạt chi bộ định kỳ tháng 02 năm 2026"));
        List<String> headings = List.of("I. NỘI DUNG SINH HOẠT", "II. Ý KIẾN THẢO LUẬN",
                "III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ", "IV. BIỂU QUYẾT", "V. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT");
        int last = -1;
        for (String h : headings) {
            int at = body.indexOf(h);
            assertTrue(at > last, h + " in order");
            last = at;
        }
    }

    @Test
    void build_contentItems_numberedWithoutProceduralItems() {
        List<String> body = body(MeetingType.REGULAR, true);
        assertTrue(body.contains("1. Tuyên bố lý do, giới thiệu đại biểu"));
        assertTrue(body.contains("2. Thông tin thời sự, văn bản cấp trên"));
        assertTrue(body.contains("3. Đánh giá kết quả thực hiện nhiệm vụ tháng qua"));
        assertTrue(body.contains("4. Phương hướng, nhiệm vụ tháng tới"));
        assertFalse(body.stream().anyMatch(l -> l.endsWith("Cử thư ký")));
        assertTrue(body.contains("- Hoàn thiện sổ danh sách đảng viên (phụ trách: đồng chí Vũ Văn Sơn; thời hạn: "
                + "31/01/2026)."), "tasks carried over under the review");
        assertTrue(body.contains("- Thu đảng phí tháng 02 (phụ trách: Chi ủy; thời hạn: 28/02/2026)."));
    }

    @Test
    void build_discussion_eachSpeakerOnItsOwnDashLine() {
        List<String> body = body(MeetingType.REGULAR, true);
        assertTrue(body.contains("- Đồng chí Lê Thị Hoa: đề nghị tăng cường thăm hỏi gia đình chính sách dịp Tết."));
        assertTrue(body.contains("- Đồng chí Nguyễn Văn Hùng (đại biểu Đảng ủy phường): ghi nhận kết quả của chi bộ."));
        assertTrue(body.contains("Chi bộ thống nhất các nhiệm vụ tháng tới như dự thảo nghị quyết."));
    }

    @Test
    void build_votesAndGrade_countsOverTheDenominatorWithPercentResultAndGrade() {
        List<String> body = body(MeetingType.REGULAR, true);
        assertTrue(body.contains("- Thông qua nghị quyết tháng 02: tán thành 17/20 đ/c (85,0%); không tán thành 0; "
                + "ý kiến khác 0 (hình thức: giơ tay). Kết quả: thông qua (yêu cầu > 1/2)."), body.toString());
        assertTrue(body.contains("92 điểm – xếp loại Tốt."));
    }

    @Test
    void build_headBlock_timePlaceGuestsChairAndMinuteTaker() {
        List<String> body = body(MeetingType.REGULAR, true);
        assertTrue(body.contains("- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 05/02/2026."));
        assertTrue(body.contains("- Địa điểm: Nhà văn hóa khu phố 3."));
        assertTrue(body.contains("- Đại biểu dự: đồng chí Nguyễn Văn Hùng – Đảng ủy viên, phụ trách chi bộ."));
        assertTrue(body.contains("- Chủ trì: đồng chí Nguyễn Văn An – Bí thư chi bộ."));
        assertTrue(body.contains("- Thư ký: đồng chí Trần Thị Ngọc Hường."));
    }

    @Test
    void build_signatures_minuteTakerLeftChairRight() {
        XWPFDocument doc = minutes(MeetingType.REGULAR, true);
        List<String> left = DocxReading.cell(DocxReading.last(doc), 0, 0);
        List<String> right = DocxReading.cell(DocxReading.last(doc), 0, 1);
        assertEquals("THƯ KÝ", left.get(0));
        assertEquals("Trần Thị Ngọc Hường", left.get(left.size() - 1));
        assertEquals("CHỦ TRÌ", right.get(0));
        assertEquals("(ký, ghi rõ họ tên)", right.get(1));
        assertEquals("Nguyễn Văn An", right.get(right.size() - 1));
    }

    @Test
    void build_thematic_quarterSubtitleTopicAndPresenter() {
        List<String> body = body(MeetingType.THEMATIC, true);
        assertTrue(body.contains("sinh hoạt chi bộ chuyên đề quý I năm 2026"));
        assertTrue(body.contains("I. TÊN CHUYÊN ĐỀ: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về "
                + "trách nhiệm nêu gương”"));
        assertTrue(body.contains("- Người chuẩn bị, trình bày: đồng chí Lê Thị Hoa."));
        assertTrue(body.contains("VI. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT CHUYÊN ĐỀ"));
    }

    @Test
    void build_committee_issuedByTheCommitteeWithItsOwnSubtitleAndNoGrade() {
        XWPFDocument doc = minutes(MeetingType.COMMITTEE, true);
        assertEquals(List.of("ĐẢNG ỦY PHƯỜNG HÒA BÌNH", "CHI ỦY CHI BỘ KHU PHỐ 3"),
                DocxReading.cell(doc.getTables().get(0), 0, 0).subList(0, 2));
        List<String> body = DocxReading.body(doc);
        assertTrue(body.contains("họp chi ủy tháng 02 năm 2026"));
        assertTrue(body.contains("I. NỘI DUNG CUỘC HỌP"));
        assertTrue(body.stream().anyMatch(l -> l.startsWith("- Chi ủy viên có mặt: 20/22; vắng mặt: 3")));
        assertFalse(body.stream().anyMatch(l -> l.contains("ĐÁNH GIÁ CHẤT LƯỢNG")));
        assertTrue(body.contains("Cuộc họp kết thúc lúc 21 giờ 05 cùng ngày. Biên bản đã được đọc lại và thông qua "
                + "trước chi ủy."));
    }

    @Test
    void build_extraordinary_subtitleNamesTheDay() {
        assertTrue(body(MeetingType.EXTRAORDINARY, true).contains("sinh hoạt chi bộ bất thường ngày 05 tháng 02 năm 2026"));
    }

    @Test
    void asAdopted_draftContent_readsAsTheAdoptedMinutesForReadBack() {
        String text = PlainText.text(MinutesDocument.build(MinutesFixtures.content(MeetingType.REGULAR, false)
                .asAdopted()));
        assertFalse(text.contains(MinutesDocument.DRAFT_NOTE));
        assertTrue(text.contains("Buổi sinh hoạt kết thúc lúc 21 giờ 05 cùng ngày. Biên bản đã được đọc lại và "
                + "thông qua trước chi bộ."), text);
        assertTrue(text.contains("\n+ Có mặt: 20 (chính thức 17, dự bị 2, sinh hoạt tạm thời 1).\n"));
    }
}
