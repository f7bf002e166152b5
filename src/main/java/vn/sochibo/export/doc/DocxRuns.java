package vn.sochibo.export.doc;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Styled runs and tight paragraphs in Times New Roman, the building bricks of every Word block. */
final class DocxRuns {
    /** Twips in one millimetre (1 inch = 1440 twips = 25.4 mm). */
    static final double TWIPS_PER_MM = 1440 / 25.4;

    private DocxRuns() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /** Appends a run with the text in the document font; {@code points} 0 means the body size. */
    static XWPFRun add(XWPFParagraph p, String text, boolean bold, boolean italic, int points) {
        XWPFRun r = p.createRun();
        r.setFontFamily(PartyDocument.FONT);
        r.setFontSize(points == 0 ? PartyDocument.BODY_POINTS : points);
        r.setBold(bold);
        r.setItalic(italic);
        r.setLang("vi-VN");
        r.setText(text);
        return r;
    }

    static XWPFRun add(XWPFParagraph p, Run run) {
        return add(p, run.text(), run.bold(), run.italic(), run.points());
    }

    /** Single line spacing with no space before and the given space after, in points. */
    static void tight(XWPFParagraph p, int afterPoints) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(afterPoints * 20);
        p.setSpacingBetween(1.0);
    }

    static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTRE -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }
}
