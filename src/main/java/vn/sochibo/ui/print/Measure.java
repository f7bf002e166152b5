package vn.sochibo.ui.print;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Widths and line metrics of text in a font, measured with a JavaFX Text node (needs the FX toolkit). */
final class Measure {
    /** Tall and deep letters, so the line holds Vietnamese marks above capitals and descenders below. */
    private static final String PROBE = "ẤÁg";
    private final Text probe = new Text();
    private final Map<Font, double[]> metrics = new HashMap<>();

    double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** Height of one line of the font (single spacing). */
    double lineHeight(Font font) {
        return metrics(font)[0];
    }

    /** Distance from a line's top to its baseline. */
    double ascent(Font font) {
        return metrics(font)[1];
    }

    private double[] metrics(Font font) {
        return metrics.computeIfAbsent(font, f -> {
            probe.setFont(f);
            probe.setText(PROBE);
            return new double[] {probe.getLayoutBounds().getHeight(), probe.getBaselineOffset()};
        });
    }
}
