package vn.sochibo.export;

/**
 * Estimates the height a wrapped cell needs, so printed rows are tall enough in every spreadsheet program (some
 * do not fit row heights to wrapped text by themselves).
 */
final class RowHeights {
    private static final float LINE_FACTOR = 1.28f;
    private static final float PADDING = 3f;

    private RowHeights() {
    }

    /** Row height in points for the text in a column {@code width} characters wide. */
    static float points(String text, int width, int fontPoints, boolean bold) {
        return lines(text, width, fontPoints, bold) * fontPoints * LINE_FACTOR + PADDING;
    }

    /** Lines the text takes once wrapped: each line break starts a line, long lines wrap at word boundaries. */
    static int lines(String text, int width, int fontPoints, boolean bold) {
        // column widths are counted in characters of the 11-point body font; bigger or bold type fits fewer
        double capacity = Math.max(1, (width - 1) * 11.0 / fontPoints * (bold ? 0.9 : 1.0));
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += wrapped(line, capacity);
        }
        return Math.max(1, lines);
    }

    private static int wrapped(String line, double capacity) {
        int count = 1;
        int used = 0;
        for (String word : line.strip().split(" +")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > capacity) {
                count++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > capacity) {
                count++;
                used -= (int) capacity;
            }
        }
        return count;
    }
}
