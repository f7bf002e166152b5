package vn.sochibo.export.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Party document as plain text lines, in reading order: the header, the title block, the body (table rows with
 * cells separated by " | "), then the signature columns left then right. Kept with adopted minutes and read back.
 */
public final class PlainText {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private PlainText() {
    }

    /** The document's lines; blank lines separate the header, the body and the signatures. */
    public static List<String> lines(PartyDocument doc) {
        List<String> out = new ArrayList<>();
        DocumentHeader h = doc.header();
        addIfText(out, h.superiorLine().toUpperCase(VI));
        addIfText(out, h.issuerLine().toUpperCase(VI));
        addIfText(out, h.numberLine());
        out.add(DocumentHeader.PARTY_LINE);
        addIfText(out, h.placeDateLine());
        for (Block block : doc.blocks()) {
            body(out, block);
        }
        if (doc.signatures() != null) {
            out.add("");
            doc.signatures().left().forEach(r -> addIfText(out, r.text()));
            doc.signatures().right().forEach(r -> addIfText(out, r.text()));
        }
        return out;
    }

    /** The lines joined with line feeds. */
    public static String text(PartyDocument doc) {
        return String.join("\n", lines(doc));
    }

    private static void body(List<String> out, Block block) {
        if (block instanceof Title t) {
            out.add("");
            out.add(t.documentType());
            out.addAll(t.subjectLines());
            out.add("-----");
        } else if (block instanceof Heading hd) {
            out.add(hd.text());
        } else if (block instanceof Paragraph p) {
            out.add(p.plainText());
        } else if (block instanceof TableBlock t) {
            out.add(String.join(" | ", t.header()));
            t.rows().forEach(r -> out.add(String.join(" | ", r)));
        }
    }

    private static void addIfText(List<String> out, String text) {
        if (!text.isBlank()) {
            out.add(text);
        }
    }
}
