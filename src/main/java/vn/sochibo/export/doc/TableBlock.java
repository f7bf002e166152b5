package vn.sochibo.export.doc;

import java.util.List;

/**
 * A table with thin borders (sign-in sheet, agenda): column widths in percent of the text width, a bold header
 * row repeated on every page, body rows of plain text, and the font size in points.
 */
public record TableBlock(List<Integer> widthsPercent, List<String> header, List<List<String>> rows, int fontPoints)
        implements Block {
    public TableBlock {
        widthsPercent = List.copyOf(widthsPercent);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        if (header.size() != widthsPercent.size()) {
            throw new IllegalArgumentException("header and widths differ");
        }
    }
}
