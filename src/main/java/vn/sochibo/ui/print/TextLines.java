package vn.sochibo.ui.print;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import vn.sochibo.export.doc.Align;

/**
 * Puts a line's words on a page as Text nodes: justified lines stretch the spaces so that both edges are straight
 * (except the paragraph's last line and lines before a forced break); each word's Text carries the space after it, so
 * the Text contents read in order give the paragraph's text exactly once.
 */
final class TextLines {
    private TextLines() {
    }

    static void place(Pane page, TextLine line, double x, double top, double width, Align align) {
        List<Word> words = line.words();
        double slack = width - line.naturalWidth();
        boolean stretch = align == Align.JUSTIFY && !line.endsBreak() && words.size() > 1 && slack > 0;
        double extra = stretch ? slack / (words.size() - 1) : 0;
        double cx = switch (align) {
            case CENTRE -> x + slack / 2;
            case RIGHT -> x + slack;
            default -> x;
        };
        double baseline = top + line.ascent();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean lastOfText = line.endsText() && i == words.size() - 1;
            for (int j = 0; j < word.pieces().size(); j++) {
                Piece piece = word.pieces().get(j);
                boolean lastPiece = j == word.pieces().size() - 1;
                String trailer = lastPiece && !lastOfText && word.spaceAfter() > 0 ? " " : "";
                Text text = new Text(cx, baseline, piece.text() + trailer);
                text.setFont(piece.font());
                page.getChildren().add(text);
                cx += piece.width();
            }
            cx += word.spaceAfter() + extra;
        }
    }

    /** Total height of the lines. */
    static double height(List<TextLine> lines) {
        return lines.stream().mapToDouble(TextLine::height).sum();
    }

    /** Puts the lines one below the other; returns the y below the last. */
    static double placeAll(Pane page, List<TextLine> lines, double x, double top, double width, Align align) {
        double y = top;
        for (TextLine line : lines) {
            place(page, line, x, y, width, align);
            y += line.height();
        }
        return y;
    }
}
