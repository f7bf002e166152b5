package vn.sochibo.export.doc;

/**
 * The borderless two-column header (rules.md §4.2). Left: the superior committee line, the issuing branch in bold,
 * "*", and the number line ("Số 05-BB/CB", empty when the document is not numbered). Right: "ĐẢNG CỘNG SẢN VIỆT
 * NAM" in bold 15 pt with a rule below, then the italic place-and-date line.
 */
public record DocumentHeader(String superiorLine, String issuerLine, String numberLine, String placeDateLine) {
    public static final String PARTY_LINE = "ĐẢNG CỘNG SẢN VIỆT NAM";
    /** Share of the header's width taken by the left column, in percent (Word and print alike). */
    public static final int LEFT_PERCENT = 42;
    /** The header reaches this far into each side margin, so both columns hold a long ward name on one line. */
    public static final double OUTSET_MM = 3;

    public DocumentHeader {
        superiorLine = superiorLine == null ? "" : superiorLine;
        issuerLine = issuerLine == null ? "" : issuerLine;
        numberLine = numberLine == null ? "" : numberLine;
        placeDateLine = placeDateLine == null ? "" : placeDateLine;
    }
}
