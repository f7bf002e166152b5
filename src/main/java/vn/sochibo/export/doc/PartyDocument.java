package vn.sochibo.export.doc;

import java.util.List;
import java.util.Objects;

/**
 * A Party document in the layout of Hướng dẫn 36-HD/VPTW (rules.md §4.1–4.2), built by pure code and rendered both
 * by the Word writer and by the print preview, so paper and Word never disagree: A4 with the given margins, the
 * two-column header, the body blocks in order, the signature area, page numbers from page 2.
 */
public record PartyDocument(PageMargins margins, DocumentHeader header, List<Block> blocks, SignatureArea signatures) {
    /** Body text size in points (HD 36: 14–15). */
    public static final int BODY_POINTS = 14;
    /** The font every Party document uses. */
    public static final String FONT = "Times New Roman";

    public PartyDocument {
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(header, "header");
        blocks = List.copyOf(blocks);
    }
}
