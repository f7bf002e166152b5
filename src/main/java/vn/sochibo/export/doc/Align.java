package vn.sochibo.export.doc;

/** Horizontal alignment of a paragraph or signature line. */
public enum Align {
    LEFT,
    CENTRE,
    RIGHT,
    JUSTIFY
}
