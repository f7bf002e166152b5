package vn.sochibo.export;

import vn.sochibo.model.text.Texts;

/** One piece of a title line above a table: its text and type face (size in points, bold, italic). */
public record TitleCell(String text, int points, boolean bold, boolean italic) {
    public TitleCell {
        text = Texts.clean(text);
        if (points < 6 || points > 40) {
            throw new IllegalArgumentException("points " + points);
        }
    }

    /** Upright regular text. */
    public static TitleCell plain(String text, int points) {
        return new TitleCell(text, points, false, false);
    }

    /** Upright bold text. */
    public static TitleCell bold(String text, int points) {
        return new TitleCell(text, points, true, false);
    }

    /** Italic text (date lines). */
    public static TitleCell italic(String text, int points) {
        return new TitleCell(text, points, false, true);
    }
}
