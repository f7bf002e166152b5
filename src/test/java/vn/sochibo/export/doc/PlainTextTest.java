package vn.sochibo.export.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain text of a document reads like the paper: header, title block, body, then who signs. */
class PlainTextTest {
    @Test
    void lines_sampleDocument_headerTitleBodyTableAndSignatures() {
        List<String> lines = PlainText.lines(DocxWriterTest.sample(PageMargins.DEFAULT));
        assertEquals(List.of("ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "CHI BỘ KHU PHỐ 3", "Số 03-BB/CB", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Phường Hòa Bình, ngày 05 tháng 02 năm 2026", "", "BIÊN BẢN",
                "sinh hoạt chi bộ định kỳ tháng 02 năm 2026", "-----", "I. NỘI DUNG SINH HOẠT", "Nội dung.",
                "STT | Nội dung", "1 | Khai mạc", "", "THƯ KÝ", "(ký, ghi rõ họ tên)", "Trần Thị Ngọc Hường", "CHỦ TRÌ",
                "(ký, ghi rõ họ tên)", "Nguyễn Văn An"), lines);
    }

    @Test
    void text_unnumberedDocument_skipsTheEmptyNumberLine() {
        PartyDocument d = DocxWriterTest.sample(PageMargins.DEFAULT);
        PartyDocument unnumbered = new PartyDocument(d.margins(), new DocumentHeader("A", "B", "", "C"), List.of(),
                null);
        assertEquals("A\nB\nĐẢNG CỘNG SẢN VIỆT NAM\nC", PlainText.text(unnumbered));
    }
}
