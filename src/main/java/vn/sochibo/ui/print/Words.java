package vn.sochibo.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import vn.sochibo.export.doc.Run;

/** Cuts styled runs into words (a word may change style inside) and into parts at forced line breaks. */
final class Words {
    private final PrintFonts fonts;
    private final Measure measure;
    private final List<List<Word>> parts = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<Piece> pieces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Words(PrintFonts fonts, Measure measure) {
        this.fonts = fonts;
        this.measure = measure;
    }

    /** The words of each part between forced line breaks; always at least one part. */
    List<List<Word>> split(List<Run> runs) {
        for (Run run : runs) {
            Font font = fonts.font(run.bold(), run.italic(), run.points());
            for (char c : run.text().toCharArray()) {
                if (c == '\n') {
                    endWord(font);
                    parts.add(words);
                    words = new ArrayList<>();
                } else if (Character.isWhitespace(c)) {
                    endWord(font);
                } else {
                    text.append(c);
                }
            }
            endPiece(font);
        }
        endWord(fonts.font(false, false, 0));
        parts.add(words);
        return parts;
    }

    private void endPiece(Font font) {
        if (text.length() > 0) {
            String s = text.toString();
            pieces.add(new Piece(s, font, measure.width(s, font)));
            text.setLength(0);
        }
    }

    private void endWord(Font font) {
        endPiece(font);
        if (!pieces.isEmpty()) {
            words.add(new Word(pieces, measure.width(" ", font)));
            pieces = new ArrayList<>();
        }
    }
}
