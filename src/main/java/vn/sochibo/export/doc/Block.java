package vn.sochibo.export.doc;

/** One part of a document's body, in reading order. */
public sealed interface Block permits Title, Heading, Paragraph, TableBlock {
}
