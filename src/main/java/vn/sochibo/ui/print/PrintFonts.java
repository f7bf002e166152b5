package vn.sochibo.ui.print;

import java.util.Collection;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import vn.sochibo.export.doc.PartyDocument;

/**
 * The serif family of printed pages, chosen in code because JavaFX ignores CSS fallback lists and silently shows a
 * sans font for a missing family: Times New Roman, else its metric twin Liberation Serif, else the logical "Serif".
 */
public final class PrintFonts {
    /** Same widths as Times New Roman, so lines break where Word breaks them. */
    public static final String METRIC_TWIN = "Liberation Serif";
    public static final String LOGICAL_SERIF = "Serif";
    private final String family;

    public PrintFonts(String family) {
        this.family = family;
    }

    /** The fonts of the families installed on this computer. */
    public static PrintFonts installed() {
        return new PrintFonts(choose(Font.getFamilies()));
    }

    /** The best family among the installed ones. */
    public static String choose(Collection<String> installed) {
        if (installed.contains(PartyDocument.FONT)) {
            return PartyDocument.FONT;
        }
        return installed.contains(METRIC_TWIN) ? METRIC_TWIN : LOGICAL_SERIF;
    }

    public String family() {
        return family;
    }

    /** The font of a run; {@code points} 0 means the body size. */
    public Font font(boolean bold, boolean italic, double points) {
        return Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR, points <= 0 ? PartyDocument.BODY_POINTS : points);
    }
}
