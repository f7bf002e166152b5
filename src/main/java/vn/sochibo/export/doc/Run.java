package vn.sochibo.export.doc;

/** A piece of text with one style; {@code points} 0 means the body size. */
public record Run(String text, boolean bold, boolean italic, int points) {
    public Run {
        text = text == null ? "" : text;
    }

    public static Run plain(String text) {
        return new Run(text, false, false, 0);
    }

    public static Run bold(String text) {
        return new Run(text, true, false, 0);
    }

    public static Run italic(String text) {
        return new Run(text, false, true, 0);
    }
}
