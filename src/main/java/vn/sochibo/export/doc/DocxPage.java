package vn.sochibo.export.doc;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** The A4 page with the branch's margins, and page numbers from page 2 centred in the top margin. */
final class DocxPage {
    /** Distance of the page number from the top edge, in mm (inside the 20 mm top margin). */
    static final int HEADER_MM = 10;
    static final int PAGE_NUMBER_POINTS = 13;

    private DocxPage() {
    }

    /** Sets page size and margins; returns the width of the text area in twips. */
    static int setUp(XWPFDocument doc, PageMargins m) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(DocxRuns.twips(PageMargins.A4_WIDTH_MM)));
        size.setH(BigInteger.valueOf(DocxRuns.twips(PageMargins.A4_HEIGHT_MM)));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(DocxRuns.twips(m.topMm())));
        mar.setBottom(BigInteger.valueOf(DocxRuns.twips(m.bottomMm())));
        mar.setLeft(BigInteger.valueOf(DocxRuns.twips(m.leftMm())));
        mar.setRight(BigInteger.valueOf(DocxRuns.twips(m.rightMm())));
        mar.setHeader(BigInteger.valueOf(DocxRuns.twips(Math.min(HEADER_MM, m.topMm() / 2))));
        mar.setFooter(BigInteger.valueOf(DocxRuns.twips(Math.min(HEADER_MM, m.bottomMm() / 2))));
        mar.setGutter(BigInteger.ZERO);
        return DocxRuns.twips(PageMargins.A4_WIDTH_MM - m.leftMm() - m.rightMm());
    }

    /** An empty header on the title page (title page distinct) and a PAGE field centred on the others. */
    static void pageNumbers(XWPFDocument doc) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        DocxRuns.tight(first.createParagraph(), 0);
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = other.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxRuns.tight(p, 0);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        // a placeholder inside the field, in the document font; Word and LibreOffice show the real number
        CTR run = field.addNewR();
        CTRPr style = run.addNewRPr();
        CTFonts fonts = style.addNewRFonts();
        fonts.setAscii(PartyDocument.FONT);
        fonts.setHAnsi(PartyDocument.FONT);
        fonts.setCs(PartyDocument.FONT);
        style.addNewSz().setVal(BigInteger.valueOf(PAGE_NUMBER_POINTS * 2L));
        run.addNewT().setStringValue("2");
    }
}
