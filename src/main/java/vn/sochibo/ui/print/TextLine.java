package vn.sochibo.ui.print;

import java.util.List;

/**
 * One printed line of a paragraph: its words, whether it ends the paragraph or a forced break (then it is not
 * stretched when justified), whether the paragraph's text ends here, and its height and baseline.
 */
record TextLine(List<Word> words, boolean endsBreak, boolean endsText, double height, double ascent) {
    TextLine {
        words = List.copyOf(words);
    }

    /** Width of the words and the spaces between them. */
    double naturalWidth() {
        double w = 0;
        for (int i = 0; i < words.size(); i++) {
            w += words.get(i).width() + (i < words.size() - 1 ? words.get(i).spaceAfter() : 0);
        }
        return w;
    }
}
