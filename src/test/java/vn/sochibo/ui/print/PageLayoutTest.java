package vn.sochibo.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.ui.print.PageTexts.fx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import vn.sochibo.export.doc.Block;
import vn.sochibo.export.doc.Heading;
import vn.sochibo.export.doc.PageMargins;
import vn.sochibo.export.doc.Paragraph;
import vn.sochibo.export.doc.PartyDocument;

/** The A4 pages of a document, laid out without a printer (headless toolkit). */
class PageLayoutTest {
    private static final double EPS = 0.5;
    private final PageLayout layout = new PageLayout(PrintFonts.installed());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private List<Pane> pages(PartyDocument doc) throws Exception {
        return fx(() -> layout.pages(doc));
    }

    @Test
    void pages_moreContent_moreLaterPages() throws Exception {
        int few = pages(SampleDocuments.paragraphs(3, PageMargins.DEFAULT)).size();
        int some = pages(SampleDocuments.paragraphs(15, PageMargins.DEFAULT)).size();
        int many = pages(SampleDocuments.paragraphs(40, PageMargins.DEFAULT)).size();
        assertEquals(1, few);
        assertTrue(some > few && many > some, few + " " + some + " " + many);
    }

    @Test
    void pages_sampleMinutes_areA4AndAboutThreePages() throws Exception {
        List<Pane> pages = pages(SampleDocuments.monthlyMinutes());
        assertTrue(pages.size() >= 3 && pages.size() <= 4, "pages: " + pages.size());
        for (Pane p : pages) {
            assertEquals(595.3, p.getPrefWidth(), 0.1);
            assertEquals(841.9, p.getPrefHeight(), 0.1);
        }
    }

    @Test
    void firstPage_carriesTheHeaderAndTitle() throws Exception {
        List<Pane> pages = pages(SampleDocuments.monthlyMinutes());
        String first = PageTexts.text(pages.subList(0, 1));
        for (String expected : List.of("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", "CHI BỘ KHU PHỐ 3", "*", "Số 11-BB/CB",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Hoà Bình, ngày 05 tháng 11 năm 2026", "BIÊN BẢN",
                "sinh hoạt chi bộ định kỳ tháng 11 năm 2026", "-----")) {
            assertTrue(first.contains(expected), expected);
        }
        assertFalse(PageTexts.text(pages.subList(1, pages.size())).contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
        assertTrue(first.indexOf("ĐẢNG CỘNG SẢN VIỆT NAM") < first.indexOf("BIÊN BẢN"));
        assertEquals(1, pages.get(0).getChildren().stream().filter(Line.class::isInstance).count(), "the rule");
    }

    @Test
    void headerRule_isAsLongAsThePartyLineAndBelowIt() throws Exception {
        Pane page = pages(SampleDocuments.monthlyMinutes()).get(0);
        Line rule = (Line) page.getChildren().stream().filter(Line.class::isInstance).findFirst().orElseThrow();
        List<Text> party = PageTexts.texts(page).stream().filter(t -> t.getFont().getSize() == 15).toList();
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", PageTexts.collapse(String.join("", party.stream().map(Text::getText)
                .toList())));
        double left = party.get(0).getX();
        double right = fx(() -> inkRight(party.get(party.size() - 1)));
        assertEquals(left, rule.getStartX(), 0.5);
        assertEquals(right, rule.getEndX(), 0.5);
        assertTrue(rule.getStartY() >= party.get(0).getBoundsInParent().getMaxY());
    }

    @Test
    void pageNumbers_fromPageTwo_centredInTheTopMargin() throws Exception {
        List<Pane> pages = pages(SampleDocuments.monthlyMinutes());
        PageGeometry g = PageGeometry.a4(PageMargins.DEFAULT);
        assertTrue(pages.get(0).getChildren().stream().noneMatch(PageTexts::isPageNumber));
        for (int i = 1; i < pages.size(); i++) {
            Text number = (Text) pages.get(i).getChildren().stream().filter(PageTexts::isPageNumber)
                    .findFirst().orElseThrow();
            assertEquals(String.valueOf(i + 1), number.getText());
            Bounds b = number.getBoundsInParent();
            assertEquals(g.width() / 2, (b.getMinX() + b.getMaxX()) / 2, 1);
            assertTrue(b.getMaxY() <= g.top(), "inside the top margin");
        }
    }

    @Test
    void nothing_overflowsTheMargins() throws Exception {
        for (PartyDocument doc : List.of(SampleDocuments.monthlyMinutes(), SampleDocuments.longTable(90),
                SampleDocuments.paragraphs(30, new PageMargins(25, 25, 35, 20)), longParagraph())) {
            PageGeometry g = PageGeometry.a4(doc.margins());
            for (Pane page : pages(doc)) {
                for (Node n : page.getChildren()) {
                    if (!PageTexts.isPageNumber(n)) {
                        Bounds b = n.getBoundsInParent();
                        assertTrue(b.getMaxY() <= g.textBottom() + EPS, "below the text box: " + n);
                        assertTrue(b.getMinY() >= g.top() - EPS, "above the text box: " + n);
                    }
                }
            }
        }
    }

    @Test
    void everyParagraph_appearsExactlyOnceAcrossPages() throws Exception {
        for (PartyDocument doc : List.of(SampleDocuments.monthlyMinutes(), longParagraph())) {
            String all = PageTexts.text(pages(doc));
            for (Block block : doc.blocks()) {
                String expected = block instanceof Paragraph p ? p.plainText()
                        : block instanceof Heading h ? h.text() : null;
                if (expected != null) {
                    assertEquals(1, PageTexts.count(all, PageTexts.collapse(expected)), expected);
                }
            }
        }
    }

    @Test
    void longParagraph_isSplitAtALineAcrossPages() throws Exception {
        List<Pane> pages = pages(longParagraph());
        assertTrue(pages.size() >= 2);
        String firstPage = PageTexts.text(pages.subList(0, 1));
        assertTrue(firstPage.contains("Đoạn 0:") && !firstPage.contains("Đoạn 19:"));
    }

    @Test
    void margins_placeTheTextBoxAtTheirOffsets() throws Exception {
        PageMargins m = new PageMargins(25, 25, 35, 20);
        List<Pane> pages = pages(SampleDocuments.paragraphs(30, m));
        Pane second = pages.get(1);
        List<Text> body = PageTexts.texts(second).stream().filter(t -> !PageTexts.isPageNumber(t)).toList();
        double minX = body.stream().mapToDouble(t -> t.getBoundsInParent().getMinX()).min().orElseThrow();
        double minY = body.stream().mapToDouble(t -> t.getBoundsInParent().getMinY()).min().orElseThrow();
        double maxRight = fx(() -> body.stream().mapToDouble(PageLayoutTest::inkRight).max().orElseThrow());
        assertEquals(PageGeometry.mm(35), minX, EPS);
        assertEquals(PageGeometry.mm(25), minY, EPS);
        assertEquals(PageGeometry.mm(210 - 20), maxRight, EPS);
    }

    /** Right end of a word without the space it carries. */
    private static double inkRight(Text t) {
        Text word = new Text(t.getText().stripTrailing());
        word.setFont(t.getFont());
        return t.getX() + word.getLayoutBounds().getWidth();
    }

    @Test
    void tableLongerThanAPage_repeatsItsHeaderRowOnEveryPage() throws Exception {
        List<Pane> pages = pages(SampleDocuments.longTable(90));
        assertTrue(pages.size() >= 3);
        for (Pane page : pages) {
            Text head = PageTexts.texts(page).stream().filter(t -> t.getText().startsWith("Loại")).findFirst()
                    .orElseThrow(() -> new AssertionError("no header row on a page"));
            assertTrue(head.getFont().getStyle().contains("Bold"), head.getFont().getStyle());
        }
        String all = PageTexts.text(pages);
        for (int i = 1; i <= 90; i++) {
            assertEquals(1, PageTexts.count(all, "Đảng viên số " + i + " "), "row " + i);
        }
    }

    @Test
    void signatures_endTheLastPageInTwoColumns() throws Exception {
        List<Pane> pages = pages(SampleDocuments.monthlyMinutes());
        Pane last = pages.get(pages.size() - 1);
        Text clerk = PageTexts.texts(last).stream().filter(t -> t.getText().equals("THƯ ")).findFirst().orElseThrow();
        Text chair = PageTexts.texts(last).stream().filter(t -> t.getText().equals("CHỦ ")).findFirst()
                .orElseThrow();
        assertEquals(clerk.getY(), chair.getY(), 0.01);
        assertTrue(chair.getX() > PageGeometry.a4(PageMargins.DEFAULT).width() / 2);
    }

    @Test
    void indents_firstLineTenMillimetresPerLevel_wrappedLinesBackAtTheMargin() throws Exception {
        PageGeometry g = PageGeometry.a4(PageMargins.DEFAULT);
        PartyDocument doc = new PartyDocument(PageMargins.DEFAULT, SampleDocuments.HEADER, List.of(
                Paragraph.line(2, vn.sochibo.export.doc.Run.plain("+ " + SampleDocuments.running(1)))), null);
        List<Text> texts = PageTexts.texts(pages(doc).get(0));
        Text plus = texts.stream().filter(t -> t.getText().equals("+ ")).findFirst().orElseThrow();
        assertEquals(g.left() + PageGeometry.mm(20), plus.getX(), 0.01);
        double secondLineY = texts.stream().mapToDouble(Text::getY).filter(y -> y > plus.getY()).min().orElseThrow();
        double secondLineX = texts.stream().filter(t -> t.getY() == secondLineY).mapToDouble(Text::getX).min()
                .orElseThrow();
        assertEquals(g.left(), secondLineX, 0.01);
    }

    private static PartyDocument longParagraph() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(SampleDocuments.running(i)).append(' ');
        }
        return new PartyDocument(PageMargins.DEFAULT, SampleDocuments.HEADER,
                List.of(Paragraph.text(sb.toString().trim())), null);
    }
}
