package vn.sochibo.ui.print;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import vn.sochibo.export.doc.Run;

/**
 * Breaks styled runs into printed lines of a given width, word by word as Word does; a line break in the text
 * forces a new line, and a word wider than a line is cut between letters.
 */
final class LineBreaker {
    private final PrintFonts fonts;
    private final Measure measure;

    LineBreaker(PrintFonts fonts, Measure measure) {
        this.fonts = fonts;
        this.measure = measure;
    }

    /** The lines of the runs: the first line {@code firstWidth} wide, the others {@code width}. */
    List<TextLine> lines(List<Run> runs, double firstWidth, double width) {
        Font base = runs.isEmpty() ? fonts.font(false, false, 0) : font(runs.get(0));
        List<List<Word>> parts = new Words(fonts, measure).split(runs);
        List<TextLine> lines = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            boolean lastPart = p == parts.size() - 1;
            fill(parts.get(p), lines.isEmpty() ? firstWidth : width, width, base, lastPart, lines);
        }
        return lines;
    }

    private void fill(List<Word> words, double firstWidth, double width, Font base, boolean lastPart,
                      List<TextLine> out) {
        List<Word> line = new ArrayList<>();
        double used = 0;
        double available = firstWidth;
        for (Word word : words) {
            for (Word w : cut(word, width)) {
                double gap = line.isEmpty() ? 0 : line.get(line.size() - 1).spaceAfter();
                if (!line.isEmpty() && used + gap + w.width() > available + 0.01) {
                    out.add(line(line, false, false, base));
                    line = new ArrayList<>();
                    available = width;
                    gap = 0;
                    used = 0;
                }
                line.add(w);
                used += gap + w.width();
            }
        }
        out.add(line(line, true, lastPart, base));
    }

    /** The word, or its pieces of at most {@code width} when it is wider than a line. */
    private List<Word> cut(Word word, double width) {
        if (word.width() <= width) {
            return List.of(word);
        }
        List<Word> chunks = new ArrayList<>();
        List<Piece> chunk = new ArrayList<>();
        double used = 0;
        for (Piece p : word.pieces()) {
            for (int i = 0; i < p.text().length(); i = p.text().offsetByCodePoints(i, 1)) {
                String letter = p.text().substring(i, p.text().offsetByCodePoints(i, 1));
                double w = measure.width(letter, p.font());
                if (used + w > width && !chunk.isEmpty()) {
                    chunks.add(new Word(chunk, 0));
                    chunk = new ArrayList<>();
                    used = 0;
                }
                chunk.add(new Piece(letter, p.font(), w));
                used += w;
            }
        }
        chunks.add(new Word(chunk, word.spaceAfter()));
        return chunks;
    }

    private TextLine line(List<Word> words, boolean endsBreak, boolean endsText, Font base) {
        double ascent = 0;
        double descent = 0;
        List<Font> used = new ArrayList<>();
        words.forEach(w -> w.pieces().forEach(p -> used.add(p.font())));
        if (used.isEmpty()) {
            used.add(base);
        }
        for (Font f : used) {
            ascent = Math.max(ascent, measure.ascent(f));
            descent = Math.max(descent, measure.lineHeight(f) - measure.ascent(f));
        }
        return new TextLine(words, endsBreak, endsText, ascent + descent, ascent);
    }

    private Font font(Run run) {
        return fonts.font(run.bold(), run.italic(), run.points());
    }
}
