package vn.sochibo.export.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import vn.sochibo.model.AppException;

/** The Word file has the layout of rules.md §4.1–4.2 whatever the content, and is written whole or not at all. */
class DocxWriterTest {
    @TempDir
    Path dir;

    static PartyDocument sample(PageMargins margins) {
        DocumentHeader header = new DocumentHeader("Đảng bộ phường Hòa Bình", "Chi bộ Khu phố 3", "Số 03-BB/CB",
                "Phường Hòa Bình, ngày 05 tháng 02 năm 2026");
        List<Block> blocks = List.of(new Title("BIÊN BẢN", List.of("sinh hoạt chi bộ định kỳ tháng 02 năm 2026")),
                new Heading("I. NỘI DUNG SINH HOẠT"), Paragraph.text("Nội dung."),
                new TableBlock(List.of(20, 80), List.of("STT", "Nội dung"), List.of(List.of("1", "Khai mạc")), 13));
        SignatureArea sign = new SignatureArea(List.of(Run.bold("THƯ KÝ"), Run.italic("(ký, ghi rõ họ tên)"),
                Run.plain(""), Run.bold("Trần Thị Ngọc Hường")), false, List.of(Run.bold("CHỦ TRÌ"),
                Run.italic("(ký, ghi rõ họ tên)"), Run.plain(""), Run.bold("Nguyễn Văn An")));
        return new PartyDocument(margins, header, blocks, sign);
    }

    private static XWPFDocument rendered() {
        return DocxReading.roundTrip(sample(new PageMargins(20, 25, 30, 15)));
    }

    @Test
    void render_anyDocument_isA4WithTheBranchMarginsInTwips() {
        CTSectPr sect = rendered().getDocument().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
        assertEquals(BigInteger.valueOf(1134), sect.getPgMar().getTop());
        assertEquals(BigInteger.valueOf(1417), sect.getPgMar().getBottom());
        assertEquals(BigInteger.valueOf(1701), sect.getPgMar().getLeft());
        assertEquals(BigInteger.valueOf(850), sect.getPgMar().getRight());
    }

    @Test
    void render_header_leftColumnHasSuperiorIssuerStarAndNumberInTheirStyles() {
        XWPFTable header = rendered().getTables().get(0);
        assertEquals(List.of("ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "CHI BỘ KHU PHỐ 3", "*", "Số 03-BB/CB"),
                DocxReading.cell(header, 0, 0));
        List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
        assertStyle(left.get(0), 14, false, false);
        assertStyle(left.get(1), 14, true, false);
        assertStyle(left.get(3), 14, false, false);
        left.forEach(p -> assertEquals(ParagraphAlignment.CENTER, p.getAlignment()));
        assertEquals(STBorder.NONE, header.getCTTbl().getTblPr().getTblBorders().getTop().getVal());
    }

    @Test
    void render_header_rightColumnHasBoldPartyLineOverARuleAndItalicDate() {
        XWPFTable header = rendered().getTables().get(0);
        List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", right.get(0).getText());
        assertStyle(right.get(0), 15, true, false);
        var rule = right.get(0).getCTP().getPPr().getPBdr().getBottom();
        assertEquals(STBorder.SINGLE, rule.getVal());
        assertTrue(right.get(0).getIndentationLeft() > 0, "the rule is indented to the length of the text");
        assertEquals(right.get(0).getIndentationLeft(), right.get(0).getIndentationRight());
        XWPFParagraph date = right.get(right.size() - 1);
        assertEquals("Phường Hòa Bình, ngày 05 tháng 02 năm 2026", date.getText());
        assertStyle(date, 14, false, true);
    }

    @Test
    void render_everyRun_isTimesNewRoman() {
        XWPFDocument doc = rendered();
        Stream<XWPFParagraph> all = Stream.concat(doc.getParagraphs().stream(), doc.getTables().stream()
                .flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                .flatMap(c -> c.getParagraphs().stream()));
        all.flatMap(p -> p.getRuns().stream()).forEach(r -> assertEquals("Times New Roman", r.getFontFamily()));
    }

    @Test
    void render_title_isBoldSixteenCentredWithBoldSubjectAndSeparator() {
        XWPFDocument doc = rendered();
        XWPFParagraph title = DocxReading.paragraph(doc, "BIÊN BẢN");
        assertStyle(title, 16, true, false);
        assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
        assertStyle(DocxReading.paragraph(doc, "sinh hoạt chi bộ định kỳ tháng 02 năm 2026"), 14, true, false);
        assertNotNull(DocxReading.paragraph(doc, "-----"));
        assertStyle(DocxReading.paragraph(doc, "I. NỘI DUNG SINH HOẠT"), 14, true, false);
        assertEquals(ParagraphAlignment.BOTH, DocxReading.paragraph(doc, "Nội dung.").getAlignment());
    }

    @Test
    void render_pageNumbers_pageFieldInTheHeaderFromPageTwoOnly() {
        XWPFDocument doc = rendered();
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        assertTrue(sect.isSetTitlePg(), "title page distinct");
        XWPFHeader first = doc.getHeaderFooterPolicy().getFirstPageHeader();
        XWPFHeader other = doc.getHeaderFooterPolicy().getDefaultHeader();
        assertEquals("", first.getText().strip());
        XWPFParagraph p = other.getParagraphs().get(0);
        assertEquals(ParagraphAlignment.CENTER, p.getAlignment());
        assertEquals("PAGE", p.getCTP().getFldSimpleArray(0).getInstr().strip());
    }

    @Test
    void render_signatures_borderlessTwoColumnsWithCaptionsAndNames() {
        XWPFTable sign = DocxReading.last(rendered());
        assertEquals(List.of("THƯ KÝ", "(ký, ghi rõ họ tên)", "", "Trần Thị Ngọc Hường"), DocxReading.cell(sign, 0, 0));
        assertEquals(List.of("CHỦ TRÌ", "(ký, ghi rõ họ tên)", "", "Nguyễn Văn An"), DocxReading.cell(sign, 0, 1));
        assertStyle(sign.getRow(0).getCell(1).getParagraphs().get(0), 14, true, false);
        assertStyle(sign.getRow(0).getCell(1).getParagraphs().get(1), 14, false, true);
        assertEquals(STBorder.NONE, sign.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal());
        assertTrue(sign.getRow(0).isCantSplitRow(), "the signatures stay on one page");
    }

    @Test
    void render_table_headerRowBoldAndRepeated() {
        XWPFTable table = rendered().getTables().get(1);
        assertEquals(List.of("STT"), DocxReading.cell(table, 0, 0));
        assertTrue(table.getRow(0).isRepeatHeader());
        assertStyle(table.getRow(0).getCell(1).getParagraphs().get(0), 13, true, false);
        assertEquals(List.of("Khai mạc"), DocxReading.cell(table, 1, 1));
    }

    @Test
    void write_existingTarget_isReplacedAndNoTemporaryFileIsLeft() throws Exception {
        Path target = Files.writeString(dir.resolve("bien-ban.docx"), "old");
        new DocxWriter().write(sample(PageMargins.DEFAULT), target);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target))) {
            assertTrue(DocxReading.body(doc).contains("BIÊN BẢN"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void write_intoMissingFolder_refusedWithTheFileName() {
        Path target = dir.resolve("no/such/bien-ban.docx");
        AppException e = assertThrows(AppException.class, () -> new DocxWriter().write(sample(PageMargins.DEFAULT),
                target));
        assertEquals("document.error.cannotWrite", e.key());
        assertEquals(target.toAbsolutePath().toString(), e.args()[0]);
        assertFalse(Files.exists(target));
    }

    static void assertStyle(XWPFParagraph p, int points, boolean bold, boolean italic) {
        assertFalse(p.getRuns().isEmpty(), p.getText());
        for (XWPFRun r : p.getRuns()) {
            assertEquals(points, r.getFontSizeAsDouble().intValue(), p.getText());
            assertEquals(bold, r.isBold(), "bold: " + p.getText());
            assertEquals(italic, r.isItalic(), "italic: " + p.getText());
        }
    }
}
