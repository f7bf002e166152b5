package vn.sochibo.export.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.sochibo.export.doc.DocxReading;
import vn.sochibo.model.meeting.MeetingType;

/** The monthly resolution: number, title, grounds, the three parts, "Nơi nhận" left and "T/M CHI BỘ" right. */
class ResolutionDocumentTest {
    private static XWPFDocument resolution() {
        return DocxReading.roundTrip(ResolutionDocument.build(MinutesFixtures.content(MeetingType.REGULAR, true),
                "Số 05-NQ/CB"));
    }

    @Test
    void build_header_numberedAsAResolution() {
        assertEquals("Số 05-NQ/CB", DocxReading.cell(resolution().getTables().get(0), 0, 0).get(3));
    }

    @Test
    void build_body_titleGroundsAndThreeParts() {
        List<String> body = DocxReading.body(resolution());
        assertTrue(body.contains("NGHỊ QUYẾT"));
        assertTrue(body.contains("chi bộ tháng 02 năm 2026"));
        assertTrue(body.contains("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
        assertTrue(body.contains("Chi bộ quyết nghị:"));
        assertTrue(body.indexOf("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG QUA") < body.indexOf("II. NHIỆM VỤ THÁNG TỚI"));
        assertTrue(body.contains("- Hoàn thành thu đảng phí tháng 01."), "review notes under I");
        assertTrue(body.contains("- Thăm hỏi 5 gia đình chính sách dịp Tết."), "tasks decided under II");
        assertTrue(body.contains("- Thăm hỏi 5 gia đình chính sách dịp Tết (phụ trách: đồng chí Lê Thị Hoa; thời hạn: "
                + "15/02/2026)."), "assignment under III");
    }

    @Test
    void build_signatures_recipientsLeftAndOnBehalfOfTheBranchRight() {
        XWPFDocument doc = resolution();
        List<String> left = DocxReading.cell(DocxReading.last(doc), 0, 0);
        List<String> right = DocxReading.cell(DocxReading.last(doc), 0, 1);
        assertEquals(List.of("Nơi nhận:", "- Đảng ủy phường (để b/c);", "- Lưu chi bộ."), left);
        assertEquals("T/M CHI BỘ", right.get(0));
        assertEquals("BÍ THƯ", right.get(1));
        assertEquals("Nguyễn Văn An", right.get(right.size() - 1));
    }
}
